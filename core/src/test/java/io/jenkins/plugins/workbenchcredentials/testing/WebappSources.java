package io.jenkins.plugins.workbenchcredentials.testing;

import io.jenkins.plugins.workbenchcredentials.assets.PageFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The page's files as they are in the source folder (not a build's copy, which may keep a file that was
 * removed), and what their {@code import} statements and {@code @import} rules name.
 */
public final class WebappSources {
    /** A static import or re-export: {@code import … from './x.js'}, {@code export … from '…'}, {@code import '…'}. */
    private static final Pattern JS_IMPORT =
            Pattern.compile("(?m)^\\s*(?:(?:import|export)\\b[^;'\"]*?\\bfrom\\s*|import\\s*)(['\"])([^'\"]*)\\1");
    /** Every statement that starts with import, matched or not, to catch a form the pattern above misses. */
    private static final Pattern JS_IMPORT_KEYWORD = Pattern.compile("(?m)^\\s*import\\b(?!\\s*[.(])");

    private static final Pattern CSS_IMPORT =
            Pattern.compile("@import\\s+(?:url\\(\\s*)?(['\"]?)([^'\")\\s;]+)\\1\\s*\\)?[^;]*;");

    private WebappSources() {}

    /** The page's folder in the core's sources. */
    public static Path folder() {
        return Path.of(System.getProperty("basedir", "."), "src", "main", "resources")
                .resolve(PageFiles.FOLDER);
    }

    /** Every file of the folder, as a path below it with {@code /} separators, sorted. */
    public static List<String> files() {
        Path folder = folder();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> files(String extension) {
        return files().stream().filter(name -> name.endsWith(extension)).toList();
    }

    public static String read(String path) {
        try {
            return Files.readString(folder().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a module or stylesheet imports, as written (e.g. {@code ./api/client.js}). */
    public static List<String> imports(String path) {
        String text = read(path);
        List<String> found = new ArrayList<>();
        if (path.endsWith(".js")) {
            Matcher m = JS_IMPORT.matcher(text);
            while (m.find()) {
                found.add(m.group(2));
            }
            long statements = JS_IMPORT_KEYWORD.matcher(text).results().count();
            long imports = JS_IMPORT
                    .matcher(text)
                    .results()
                    .filter(r -> r.group().strip().startsWith("import"))
                    .count();
            if (statements != imports) {
                throw new AssertionError(path + " has an import statement of a form these tests cannot read");
            }
        } else if (path.endsWith(".css")) {
            Matcher m = CSS_IMPORT.matcher(text);
            while (m.find()) {
                found.add(m.group(2));
            }
        }
        return found;
    }

    /**
     * The file that a relative URL in {@code from} names, as a path below the folder; null when the URL is
     * not relative (it has a scheme, or starts with {@code /}) or leads outside the folder.
     */
    public static String resolve(String from, String url) {
        if (url.isEmpty() || url.startsWith("/") || url.contains(":") || url.contains("\\")) {
            return null;
        }
        Path root = Path.of("/webapp");
        Path target = root.resolve(from).getParent().resolve(url).normalize();
        return target.startsWith(root) && !target.equals(root)
                ? root.relativize(target).toString().replace('\\', '/')
                : null;
    }
}
