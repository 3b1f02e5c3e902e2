package io.jenkins.plugins.workbenchcredentials.preview.server;

import io.jenkins.plugins.workbenchcredentials.assets.PageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The page's files, as the core lists them ({@link PageFiles}): {@code index.html} for {@code /}, every
 * other file by its listed path. A request path is only looked up in that list, and only the list's own
 * name for a file reaches the class loader, so nothing else on the classpath, and no folder listing, can
 * be reached.
 */
final class StaticAssets {
    private final ClassLoader loader;

    record Asset(String contentType, byte[] bytes) {}

    StaticAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /** The file for a request path (starting with {@code /}), if there is one to serve. */
    Optional<Asset> find(String requestPath) throws IOException {
        String name = requestPath.equals("/") ? "index.html" : requestPath.substring(1);
        Optional<PageFiles.PageFile> file = PageFiles.forStandalonePage(name);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(file.get().resource())) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Asset(file.get().contentType(), in.readAllBytes()));
        }
    }
}
