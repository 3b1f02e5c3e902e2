package io.jenkins.plugins.workbenchcredentials.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Serves the workbench page's script, styles and translations, which the core keeps on the classpath
 * so the preview serves the very same files. Only the files named here are served: the path never
 * reaches the class loader unchecked.
 */
final class PageAssets {
    private static final String ROOT = "io/jenkins/plugins/workbenchcredentials/webapp/";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "workbench.js", "text/javascript;charset=UTF-8",
            "workbench.css", "text/css;charset=UTF-8",
            "i18n/en.json", "application/json;charset=UTF-8",
            "i18n/zh-CN.json", "application/json;charset=UTF-8");

    private PageAssets() {}

    static void serve(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String path = req.getRestOfPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        String contentType = CONTENT_TYPES.get(path);
        InputStream in =
                contentType == null ? null : PageAssets.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            rsp.setContentType(contentType);
            rsp.setHeader("X-Content-Type-Options", "nosniff");
            // Revalidated on every visit: after a plugin update the page must not mix old and new files.
            rsp.setHeader("Cache-Control", "no-cache");
            in.transferTo(rsp.getOutputStream());
        }
    }
}
