package io.jenkins.plugins.workbenchcredentials.preview.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineFolderTest {
    private static final CredentialId TOKEN = CredentialId.of("gh-token");

    @TempDir
    Path folder;

    @Test
    void indexesJenkinsfilesByTheirRelativePath() throws Exception {
        write("Jenkinsfile", "withWorkbenchCredential('gh-token') { sh 'make' }");
        write("services/api/Jenkinsfile.release", "withWorkbenchCredential(id: \"gh-token\") {}");
        write("vars/deploy.groovy", "withWorkbenchCredential('gh-token') {}");
        write("ci/nightly.Jenkinsfile", "withWorkbenchCredential('gh-token') {}");
        write("README.md", "'gh-token'");
        write("build.gradle", "'gh-token'");
        write(".github/Jenkinsfile", "'gh-token'");

        PipelineFolder pipelines = PipelineFolder.scan(folder);
        assertThat(pipelines.referencesTo(TOKEN))
                .extracting(StaticReference::consumer)
                .containsExactly(
                        "Jenkinsfile",
                        "ci/nightly.Jenkinsfile",
                        "services/api/Jenkinsfile.release",
                        "vars/deploy.groovy");
        assertThat(pipelines.notes()).singleElement().asString().contains(folder.toString(), "Jenkinsfile*");
    }

    @Test
    void aRefreshSeesChangedAddedAndRemovedFiles() throws Exception {
        write("a/Jenkinsfile", "withWorkbenchCredential('gh-token') {}");
        write("b/Jenkinsfile", "withWorkbenchCredential('other') {}");
        PipelineFolder pipelines = PipelineFolder.scan(folder);
        assertThat(pipelines.referencesTo(TOKEN))
                .extracting(StaticReference::consumer)
                .containsExactly("a/Jenkinsfile");

        write("b/Jenkinsfile", "withWorkbenchCredential('gh-token') { sh 'longer than before' }");
        Files.delete(folder.resolve("a/Jenkinsfile"));
        write("c/Jenkinsfile", "withWorkbenchCredential('gh-token') {}");
        pipelines.refresh();
        assertThat(pipelines.referencesTo(TOKEN))
                .extracting(StaticReference::consumer)
                .containsExactly("b/Jenkinsfile", "c/Jenkinsfile");
    }

    @Test
    void saysWhatItSkipped() throws Exception {
        write("Jenkinsfile", "withWorkbenchCredential('gh-token') {}");
        write("huge/Jenkinsfile", "x".repeat(PipelineFolder.MAX_FILE_BYTES + 1));
        PipelineFolder pipelines = PipelineFolder.scan(folder);
        assertThat(pipelines.notes()).hasSize(2);
        assertThat(pipelines.notes().get(1)).startsWith("1 file(s) under");
    }

    @Test
    void refusesAFolderThatIsNotThere() {
        assertThatThrownBy(() -> PipelineFolder.scan(folder.resolve("missing")))
                .isInstanceOfSatisfying(
                        WorkbenchException.class, e -> assertThat(e.field()).isEqualTo("pipelines"))
                .hasMessageContaining("missing");
    }

    private void write(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
