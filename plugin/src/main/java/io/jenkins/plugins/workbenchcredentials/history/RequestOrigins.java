package io.jenkins.plugins.workbenchcredentials.history;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.util.PluginServletFilter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Remembers, for the length of each web request, who sent it and what it is for, so that a change of a
 * credential saved during the request is attributed to its user: the credentials plugin saves as SYSTEM.
 * Jenkins runs plugin filters after authentication, so the request's user is known here.
 */
@Restricted(NoExternalUse.class)
public final class RequestOrigins implements Filter {
    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    /** @param source what the request's path says it is: a credentials page, the REST API, the CLI, a script */
    record Origin(String actor, ChangeSource source) {}

    /** Not fatal: without the filter, changes made through Jenkins' own pages are attributed to SYSTEM. */
    @Initializer(after = InitMilestone.PLUGINS_STARTED, fatal = false)
    public static void register() throws ServletException {
        PluginServletFilter.addFilter(new RequestOrigins());
    }

    @CheckForNull
    static Origin current() {
        return CURRENT.get();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        Origin outer = CURRENT.get();
        CURRENT.set(new Origin(Jenkins.getAuthentication2().getName(), sourceOf(http)));
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** What a request is for, by its path below Jenkins' root. */
    static ChangeSource sourceOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String contentType = request.getContentType();
        boolean xml =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml");
        if (path.startsWith("/cli")) {
            return ChangeSource.JENKINS_CLI;
        }
        if (path.startsWith("/script") || path.startsWith("/manage/script")) {
            return ChangeSource.SYSTEM;
        }
        if (path.contains("/workbench-credentials/")) {
            return ChangeSource.WORKBENCH;
        }
        if (xml || path.endsWith("/config.xml") || path.contains("/api/")) {
            return ChangeSource.REST_API;
        }
        return ChangeSource.JENKINS_PAGES;
    }
}
