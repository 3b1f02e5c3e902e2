package io.jenkins.plugins.workbenchcredentials.history;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * The history survives a restart; a change that reached the store while nothing could record it (Jenkins
 * stopped between writing the store and the history) is found when Jenkins starts again.
 */
class HistoryPersistenceTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void theHistoryIsKeptAndAChangeItMissedIsFoundAtStart() throws Throwable {
        sessions.then(r -> add(
                r.jenkins,
                new WorkbenchSecretTextCredentials(
                        CredentialsScope.GLOBAL, "gh-token", "", Secret.fromString("ghp_value"))));

        // The store changed on disk, its history not: as if Jenkins had stopped between the two writes.
        File credentials = new File(sessions.getHome(), "credentials.xml");
        String xml = Files.readString(credentials.toPath(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<revision>1</revision>"), xml);
        Files.writeString(
                credentials.toPath(),
                xml.replace("<revision>1</revision>", "<revision>2</revision>"),
                StandardCharsets.UTF_8);

        sessions.then(r -> {
            List<HistoryEntry> history =
                    Workbench.of(r.jenkins).service().history("gh-token").items();

            assertEquals(2, history.size());
            assertEquals(ChangeKind.UPDATED, history.get(0).action());
            assertEquals(ChangeSource.FOUND_AT_START, history.get(0).source());
            assertEquals(ChangeOrigin.SYSTEM_ACTOR, history.get(0).actor());
            assertEquals(ChangeKind.CREATED, history.get(1).action());
        });

        // Nothing changed this time: nothing more is found.
        sessions.then(r -> assertEquals(
                2, Workbench.of(r.jenkins).service().history("gh-token").items().size()));
    }
}
