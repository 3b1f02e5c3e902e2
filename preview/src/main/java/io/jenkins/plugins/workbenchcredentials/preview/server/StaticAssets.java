package io.jenkins.plugins.workbenchcredentials.preview.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page's files from a classpath folder (core's {@code webapp/}): {@code index.html} for {@code /},
 * other files by name. Only names made of plain segments (none starting with a dot) and with a known
 * type are served, so nothing outside the folder, and no folder listing, can be reached.
 */
final class StaticAssets {
    static final String WEBAPP = "io/jenkins/plugins/workbenchcredentials/webapp/";

    private static final Pattern SAFE_PATH =
            Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json; charset=UTF-8"),
            Map.entry("map", "application/json; charset=UTF-8"),
            Map.entry("properties", "text/plain; charset=UTF-8"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final String folder;
    private final ClassLoader loader;

    record Asset(String contentType, byte[] bytes) {}

    /** @param folder a classpath folder ending in {@code /} */
    StaticAssets(String folder, ClassLoader loader) {
        this.folder = folder;
        this.loader = loader;
    }

    /** The file for a request path (starting with {@code /}), if there is one to serve. */
    Optional<Asset> find(String requestPath) throws IOException {
        String name = requestPath.equals("/") ? "index.html" : requestPath.substring(1);
        if (!SAFE_PATH.matcher(name).matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(extension(name));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(folder + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Asset(type, in.readAllBytes()));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
