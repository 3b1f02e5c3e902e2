package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.ServletException;
import java.io.IOException;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/HttpResponse.java",
        line = 42)
public interface HttpResponse {
    @Copied(line = 47)
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
