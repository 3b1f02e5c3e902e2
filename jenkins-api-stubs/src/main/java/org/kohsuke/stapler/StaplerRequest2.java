package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.http.HttpServletRequest;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java",
        line = 52)
public interface StaplerRequest2 extends HttpServletRequest {
    @Copied(line = 80)
    String getRestOfPath();

    @Copied(line = 185)
    <T> T findAncestorObject(Class<T> type);
}
