package io.jenkins.plugins.workbenchcredentials.assets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the workbench page, listed once for both hosts: the plugin serves them under its page's
 * {@code assets/} URL, the preview at its root. They live on the classpath under {@link #FOLDER}. A host
 * looks a request path up here, and only a name found here reaches a class loader, by the list's own
 * spelling of it: no other resource (a class, a configuration file, another plugin's file) can be served.
 *
 * <p>A new module, stylesheet or translation of the page is added here too; the core's tests fail until
 * this list and the folder agree, and until every module the page imports is in it.
 */
public final class PageFiles {
    /** The classpath folder of the page's files. */
    public static final String FOLDER = "io/jenkins/plugins/workbenchcredentials/webapp/";

    static final String HTML = "text/html; charset=UTF-8";
    static final String JAVASCRIPT = "text/javascript; charset=UTF-8";
    static final String CSS = "text/css; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";
    static final String SVG = "image/svg+xml";

    /**
     * One file of the page.
     *
     * @param path its path below {@link #FOLDER}, as it appears in a URL
     * @param standaloneOnly whether only a host that serves the page as a document of its own needs it
     *     (the preview's {@code index.html} and its icon); a host that mounts the page inside its own
     *     layout, as Jenkins does, serves the others only
     */
    public record PageFile(String path, String contentType, boolean standaloneOnly) {
        /** The file's classpath resource name. */
        public String resource() {
            return FOLDER + path;
        }
    }

    private static final Map<String, PageFile> FILES = index(
            // The preview's document, which mounts the page at its root; inside Jenkins, Jenkins' layout does.
            standaloneOnly("index.html", HTML),
            standaloneOnly("favicon.svg", SVG),
            // The stylesheet the hosts link, and its parts.
            page("css/main.css", CSS),
            page("css/base.css", CSS),
            page("css/controls.css", CSS),
            page("css/notices.css", CSS),
            page("css/list.css", CSS),
            page("css/row-menu.css", CSS),
            page("css/dialog.css", CSS),
            page("css/form.css", CSS),
            page("css/delete-dialog.css", CSS),
            page("css/expiry.css", CSS),
            page("css/history-dialog.css", CSS),
            // The module the hosts load, and the modules it imports.
            page("js/main.js", JAVASCRIPT),
            page("js/workbench.js", JAVASCRIPT),
            page("js/credential-rules.js", JAVASCRIPT),
            page("js/api/client.js", JAVASCRIPT),
            page("js/api/access-token.js", JAVASCRIPT),
            page("js/i18n/translations.js", JAVASCRIPT),
            page("js/i18n/dates.js", JAVASCRIPT),
            page("js/dom/elements.js", JAVASCRIPT),
            page("js/dom/focus.js", JAVASCRIPT),
            page("js/dom/debounce.js", JAVASCRIPT),
            page("js/dom/links.js", JAVASCRIPT),
            page("js/dom/icons.js", JAVASCRIPT),
            page("js/ui/notices.js", JAVASCRIPT),
            page("js/ui/modal.js", JAVASCRIPT),
            page("js/list/toolbar.js", JAVASCRIPT),
            page("js/list/table.js", JAVASCRIPT),
            page("js/list/row.js", JAVASCRIPT),
            page("js/list/row-menu.js", JAVASCRIPT),
            page("js/list/empty-state.js", JAVASCRIPT),
            page("js/list/expiry-banner.js", JAVASCRIPT),
            page("js/list/expiring.js", JAVASCRIPT),
            page("js/list/pager.js", JAVASCRIPT),
            page("js/form/credential-form.js", JAVASCRIPT),
            page("js/form/fields.js", JAVASCRIPT),
            page("js/form/type-sections.js", JAVASCRIPT),
            page("js/form/kubeconfig-section.js", JAVASCRIPT),
            page("js/form/kubeconfig-check.js", JAVASCRIPT),
            page("js/form/submission.js", JAVASCRIPT),
            page("js/delete/delete-dialog.js", JAVASCRIPT),
            page("js/history/history-dialog.js", JAVASCRIPT),
            // The translations, which the page fetches.
            page("i18n/en.json", JSON),
            page("i18n/zh-CN.json", JSON));

    private PageFiles() {}

    /** Every file, in the order listed. */
    public static List<PageFile> all() {
        return List.copyOf(FILES.values());
    }

    /** The file at {@code path} for a host that mounts the page inside its own layout (Jenkins). */
    public static Optional<PageFile> forEmbeddedPage(String path) {
        return forStandalonePage(path).filter(file -> !file.standaloneOnly());
    }

    /** The file at {@code path} for a host that serves the page as a document of its own (the preview). */
    public static Optional<PageFile> forStandalonePage(String path) {
        return Optional.ofNullable(path).map(FILES::get);
    }

    private static PageFile page(String path, String contentType) {
        return new PageFile(path, contentType, false);
    }

    private static PageFile standaloneOnly(String path, String contentType) {
        return new PageFile(path, contentType, true);
    }

    private static Map<String, PageFile> index(PageFile... files) {
        Map<String, PageFile> byPath = new LinkedHashMap<>();
        for (PageFile file : files) {
            if (byPath.put(file.path(), file) != null) {
                throw new IllegalStateException("listed twice: " + file.path());
            }
        }
        return Collections.unmodifiableMap(byPath);
    }
}
