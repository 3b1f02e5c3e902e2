package hudson.util;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.kohsuke.stapler.CompatibleFilter;

// addFilter(Filter), and doFilter, which implements Filter's abstract method.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/util/PluginServletFilter.java", line = 62)
public final class PluginServletFilter implements CompatibleFilter {
    @Copied(line = 62, implicit = true)
    public PluginServletFilter() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 106)
    public static void addFilter(Filter filter) throws ServletException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 189)
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, final FilterChain chain)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
