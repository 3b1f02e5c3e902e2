package io.jenkins.plugins.workbenchcredentials.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.history.FieldChanges;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.UnknownExpiry;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRules;
import io.jenkins.plugins.workbenchcredentials.testing.WebappSources;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Static checks of the page's assets: both translations complete and consistent, every message key the
 * modules use translated, nothing that a strict Content-Security-Policy would block or that would turn
 * data into markup, and modules that import one another only from the page's own folder, none left
 * unused. The browser tests in the preview exercise the page itself.
 */
class WebappAssetsTest {
    private static final String WEBAPP = "/io/jenkins/plugins/workbenchcredentials/webapp/";
    /** So that each module can be read at once. */
    private static final int MAX_LINES = 300;

    private static final Pattern NAMED_IMPORT =
            Pattern.compile("(?m)^\\s*import\\s*\\{([^}]*)}\\s*from\\s*(['\"])([^'\"]+)\\2");
    private static final Pattern ENTRY = Pattern.compile("\\s(?:src|href)=\"([^\"]+)\"");
    private static final Pattern PLURAL_SUFFIX = Pattern.compile("\\.(zero|one|two|few|many|other)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY_LITERAL = Pattern.compile("'([a-z][A-Za-z]*(?:\\.[A-Za-z][A-Za-z-]*)+)'");

    @Test
    void chineseTranslatesEveryEnglishMessageWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = translations("en");
        Map<String, String> chinese = translations("zh-CN");

        assertThat(baseKeys(chinese)).isEqualTo(baseKeys(english));
        for (Map.Entry<String, String> entry : english.entrySet()) {
            String key = entry.getKey();
            String chineseKey =
                    chinese.containsKey(key) ? key : PLURAL_SUFFIX.matcher(key).replaceFirst(".other");
            assertThat(chinese).as("translation of %s", key).containsKey(chineseKey);
            Set<String> expected = placeholders(entry.getValue());
            Set<String> actual = placeholders(chinese.get(chineseKey));
            if (PLURAL_SUFFIX.matcher(key).find()) {
                // A counted form may leave the count out ("Correct the marked field."): {0} is the count.
                expected.remove("0");
                actual.remove("0");
            }
            assertThat(actual).as("placeholders of %s", key).isEqualTo(expected);
        }
    }

    @Test
    void everyCountedMessageHasTheOtherForm() throws IOException {
        for (String language : List.of("en", "zh-CN")) {
            Map<String, String> messages = translations(language);
            for (String key : messages.keySet()) {
                if (PLURAL_SUFFIX.matcher(key).find()) {
                    assertThat(messages)
                            .as("%s in %s", key, language)
                            .containsKey(PLURAL_SUFFIX.matcher(key).replaceFirst(".other"));
                }
            }
            assertThat(messages.values()).as("empty messages in %s", language).noneMatch(String::isBlank);
        }
    }

    @Test
    void everyMessageKeyTheScriptNamesIsTranslated() throws IOException {
        Map<String, String> english = translations("en");
        Set<String> namespaces = english.keySet().stream()
                .map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        String script = allScripts();
        List<String> used = new ArrayList<>();
        Matcher literal = KEY_LITERAL.matcher(script);
        while (literal.find()) {
            String key = literal.group(1);
            if (namespaces.contains(key.substring(0, key.indexOf('.')))) {
                used.add(key);
            }
        }
        assertThat(used).contains("page.title", "form.keepSecretHint", "delete.typeToConfirm", "expiry.kind.token");
        for (String key : used) {
            assertThat(english.containsKey(key) || english.containsKey(key + ".other"))
                    .as("message key %s", key)
                    .isTrue();
        }
        // Keys built from a prefix: one per type and per column.
        for (String type : List.of("username-password", "secret-text", "kubeconfig")) {
            assertThat(english).containsKey("type." + type);
        }
        Matcher column = Pattern.compile("\\{ key: '([A-Za-z]+)'").matcher(script);
        int columns = 0;
        while (column.find()) {
            assertThat(english).containsKey("column." + column.group(1));
            columns++;
        }
        assertThat(columns).isEqualTo(9);
    }

    /**
     * The page builds a key from a name the server sends (a change's action and source, a field's name, why
     * an expiry is unknown), so no literal names those keys: each name the core can send has its message.
     */
    @Test
    void everyNameTheServerSendsHasItsMessage() throws Exception {
        for (String language : List.of("en", "zh-CN")) {
            Map<String, String> messages = translations(language);
            for (ChangeKind kind : ChangeKind.values()) {
                assertThat(messages).as(language).containsKey("history.action." + kind.wireName());
            }
            for (ChangeSource source : ChangeSource.values()) {
                assertThat(messages).as(language).containsKey("history.source." + source.wireName());
            }
            for (Field constant : UnknownExpiry.class.getFields()) {
                if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                    assertThat(messages).as(language).containsKey("expiry.reason." + constant.get(null));
                }
            }
            for (String field : List.of(
                    CredentialRules.DESCRIPTION,
                    FieldChanges.SCOPE,
                    "type",
                    CredentialRules.USERNAME,
                    CredentialRules.PASSWORD,
                    CredentialRules.TOKEN,
                    CredentialRules.KUBECONFIG,
                    CredentialRules.DEFAULT_CONTEXT,
                    CredentialRules.DEFAULT_NAMESPACE)) {
                assertThat(messages).as(language).containsKey("field." + field);
            }
        }
    }

    @Test
    void pageHasNoInlineScriptStyleOrHandler() throws IOException {
        String html = asset("index.html");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("inline <script>")
                .isFalse();
        assertThat(Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("<style>")
                .isFalse();
        assertThat(Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("style attribute")
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find())
                .as("handler attribute")
                .isFalse();
        assertThat(html)
                .contains(
                        "id=\"workbench-credentials\"",
                        "data-api-base=",
                        "<script type=\"module\" src=\"js/main.js\"></script>",
                        "<link rel=\"stylesheet\" href=\"css/main.css\">");
    }

    @Test
    void noModuleBuildsMarkupFromStringsNorSetsInlineStyles() {
        List<String> modules = WebappSources.files(".js");
        assertThat(modules).hasSizeGreaterThan(10).contains("js/main.js");
        for (String module : modules) {
            String script = WebappSources.read(module);
            for (String forbidden : List.of(
                    "innerHTML",
                    "outerHTML",
                    "insertAdjacentHTML",
                    "document.write",
                    "eval(",
                    "new Function",
                    "setAttribute('style'",
                    ".style.",
                    "setTimeout('")) {
                assertThat(script).as("%s uses %s", module, forbidden).doesNotContain(forbidden);
            }
        }
    }

    @Test
    void modulesImportOnlyFilesOfThePageByRelativePaths() {
        for (String file : union(WebappSources.files(".js"), WebappSources.files(".css"))) {
            String text = WebappSources.read(file);
            assertThat(text).as("%s loads a module at run time", file).doesNotContainPattern("\\bimport\\s*\\(");
            for (String imported : WebappSources.imports(file)) {
                if (file.endsWith(".js")) {
                    // A browser resolves only ./ and ../ (and absolute URLs, which would leave the page's folder).
                    assertThat(imported).as("import in %s", file).matches("\\.\\.?/.*\\.js");
                }
                String target = WebappSources.resolve(file, imported);
                assertThat(target)
                        .as("%s imports %s, outside the page's folder", file, imported)
                        .isNotNull();
                assertThat(WebappSources.files())
                        .as("%s imports %s", file, imported)
                        .contains(target);
            }
        }
    }

    @Test
    void everyNameAModuleImportsIsExportedByTheOther() {
        for (String module : WebappSources.files(".js")) {
            Matcher m = NAMED_IMPORT.matcher(WebappSources.read(module));
            while (m.find()) {
                String target = WebappSources.resolve(module, m.group(3));
                String exporter = WebappSources.read(target);
                for (String name : m.group(1).split(",")) {
                    String exported = name.strip();
                    assertThat(exporter)
                            .as("%s imports %s from %s", module, exported, target)
                            .containsPattern(
                                    "export\\s+(?:const|let|function|class)\\s+" + Pattern.quote(exported) + "\\b");
                }
            }
        }
    }

    @Test
    void everyModuleAndStylesheetIsUsed() throws IOException {
        // What the standalone document loads, and what that imports in turn; Jenkins' view loads the same
        // entries (checked with the plugin's views).
        Set<String> reached = new TreeSet<>();
        List<String> pending = new ArrayList<>();
        Matcher entry = ENTRY.matcher(asset("index.html"));
        while (entry.find()) {
            pending.add(WebappSources.resolve("index.html", entry.group(1)));
        }
        assertThat(pending).contains("js/main.js", "css/main.css");
        while (!pending.isEmpty()) {
            String file = pending.remove(pending.size() - 1);
            if (reached.add(file)) {
                for (String imported : WebappSources.imports(file)) {
                    pending.add(WebappSources.resolve(file, imported));
                }
            }
        }
        assertThat(reached)
                .as("modules and stylesheets the page loads")
                .containsAll(union(WebappSources.files(".js"), WebappSources.files(".css")));
    }

    @Test
    void eachModuleAndStylesheetCanBeReadAtOnce() {
        for (String file : union(WebappSources.files(".js"), WebappSources.files(".css"))) {
            assertThat(WebappSources.read(file).lines().count())
                    .as("lines of %s", file)
                    .isLessThanOrEqualTo(MAX_LINES);
        }
    }

    @Test
    void everyStyleRuleIsScopedToThePage() {
        List<String> selectors = new ArrayList<>();
        for (String stylesheet : WebappSources.files(".css")) {
            String css = WebappSources.read(stylesheet)
                    .replaceAll("(?s)/\\*.*?\\*/", "")
                    .replaceAll("@import[^;]*;", "");
            Matcher rule = Pattern.compile("([^{}]+)\\{").matcher(css);
            while (rule.find()) {
                String prelude = rule.group(1).strip();
                if (prelude.startsWith("@")) {
                    continue; // @media wraps rules that are checked on their own
                }
                for (String selector : prelude.split(",")) {
                    selectors.add(stylesheet + ": " + selector.strip());
                }
            }
        }
        assertThat(selectors).hasSizeGreaterThan(50);
        assertThat(selectors).allSatisfy(selector -> assertThat(selector).matches("[^:]+: \\.wbc.*"));
    }

    private static Set<String> baseKeys(Map<String, String> messages) {
        return messages.keySet().stream()
                .map(k -> PLURAL_SUFFIX.matcher(k).replaceFirst(""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> translations(String language) throws IOException {
        return new ObjectMapper()
                .readValue(asset("i18n/" + language + ".json"), new TypeReference<Map<String, String>>() {});
    }

    private static String allScripts() {
        return WebappSources.files(".js").stream().map(WebappSources::read).collect(Collectors.joining("\n"));
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String asset(String name) throws IOException {
        try (InputStream in = WebappAssetsTest.class.getResourceAsStream(WEBAPP + name)) {
            assertThat(in).as("asset %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
