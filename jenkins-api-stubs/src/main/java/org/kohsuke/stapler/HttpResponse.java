// Compile-only stand-in for org.kohsuke.stapler.HttpResponse of Stapler 2050.v425108fd5089 (jenkinsci/stapler), the
// version Jenkins 2.541.3 uses: the jakarta form of its default
// method (the deprecated javax form is left out, as the plugin must not use it).
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

public interface HttpResponse {
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
