package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.http.HttpServletResponse;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java",
        line = 49)
public interface StaplerResponse2 extends HttpServletResponse {}
