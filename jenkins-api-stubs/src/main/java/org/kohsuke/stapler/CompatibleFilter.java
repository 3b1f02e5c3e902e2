package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.Filter;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/CompatibleFilter.java",
        line = 18)
public interface CompatibleFilter extends Filter {}
