// Compile-only stand-in for org.kohsuke.stapler.StaplerResponse2 of Stapler 2050.v425108fd5089 (jenkinsci/stapler), the
// version Jenkins 2.541.3 uses: the type only.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

public interface StaplerResponse2 extends HttpServletResponse {}
