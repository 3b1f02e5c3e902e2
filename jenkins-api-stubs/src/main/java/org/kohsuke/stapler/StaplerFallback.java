package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/StaplerFallback.java",
        line = 38)
public interface StaplerFallback {}
