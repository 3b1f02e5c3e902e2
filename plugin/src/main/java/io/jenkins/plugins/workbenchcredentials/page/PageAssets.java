package io.jenkins.plugins.workbenchcredentials.page;

import io.jenkins.plugins.workbenchcredentials.assets.PageFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Serves the workbench page's modules, stylesheets and translations, which the core keeps on the classpath
 * so the preview serves the very same files. Only the files of the core's list ({@link PageFiles}) are
 * served, and only those a page inside Jenkins' layout needs: the path never reaches the class loader
 * unchecked, only the list's own name for a file does.
 */
final class PageAssets {
    private PageAssets() {}

    static void serve(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String path = req.getRestOfPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        Optional<PageFiles.PageFile> file = PageFiles.forEmbeddedPage(path);
        InputStream in = file.isEmpty()
                ? null
                : PageAssets.class
                        .getClassLoader()
                        .getResourceAsStream(file.get().resource());
        if (in == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            rsp.setContentType(file.get().contentType());
            rsp.setHeader("X-Content-Type-Options", "nosniff");
            // Revalidated on every visit: after a plugin update the page must not mix old and new files.
            rsp.setHeader("Cache-Control", "no-cache");
            in.transferTo(rsp.getOutputStream());
        }
    }
}
