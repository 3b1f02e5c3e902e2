// Compile-only stand-in for org.kohsuke.stapler.StaplerRequest2 of Stapler 2050.v425108fd5089 (jenkinsci/stapler), the
// version Jenkins 2.541.3 uses: only the methods the plugin
// calls; the servlet API is the real jakarta.servlet-api 5.0.0.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

public interface StaplerRequest2 extends HttpServletRequest {
    String getRestOfPath();

    <T> T findAncestorObject(Class<T> type);
}
