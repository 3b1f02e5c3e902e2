package io.jenkins.plugins.workbenchcredentials.casc;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.BAD_ID_MESSAGE;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.messages;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.yaml.YamlSource;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchUsernamePasswordCredentials;
import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryConfiguration;
import io.jenkins.plugins.workbenchcredentials.history.ChangeKind;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each type imported with JCasC by its symbol; an invalid ID refused there too. */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("workbench-credentials.yml")
    void importsEachType(JenkinsConfiguredWithCodeRule j) {
        WorkbenchUsernamePasswordCredentials up = (WorkbenchUsernamePasswordCredentials) stored("registry");
        assertEquals("ci-bot", up.getUsername());
        assertEquals("pa55word-from-casc", up.getPassword().getPlainText());
        assertEquals("Container registry", up.getDescription());
        assertEquals(
                "ghp_from_casc",
                ((WorkbenchSecretTextCredentials) stored("gh-token"))
                        .getSecret()
                        .getPlainText());
        WorkbenchKubeconfigCredentials kube = (WorkbenchKubeconfigCredentials) stored("dev-kube");
        assertThat(kube.getKubeconfig().getPlainText(), containsString("current-context: dev"));
        assertEquals("prod", kube.getDefaultContext());
        assertEquals("api", kube.getDefaultNamespace());
    }

    @Test
    @ConfiguredWithCode("expiry-threshold.yml")
    void setsTheExpiryThreshold(JenkinsConfiguredWithCodeRule j) {
        assertEquals(7, ExpiryConfiguration.get().getExpiryThresholdDays());
        assertEquals(7, ExpiryConfiguration.get().policy().thresholdDays());
    }

    @Test
    void refusesAThresholdOutOfBounds(JenkinsConfiguredWithCodeRule j) {
        Exception e = assertThrows(Exception.class, () -> {
            try (InputStream yaml = getClass().getResourceAsStream("bad-expiry-threshold.yml")) {
                ConfigurationAsCode.get().configureWith(YamlSource.of(yaml));
            }
        });

        assertThat(messages(e), containsString("between 1 and 365 days"));
        assertEquals(14, ExpiryConfiguration.get().getExpiryThresholdDays());
    }

    /** Credentials imported by Configuration as Code are recorded in their history as such. */
    @Test
    @ConfiguredWithCode("workbench-credentials.yml")
    void importsAreRecordedInTheHistory(JenkinsConfiguredWithCodeRule j) {
        List<HistoryEntry> history =
                Workbench.of(j.jenkins).service().history("gh-token").items();

        assertEquals(ChangeKind.CREATED, history.get(0).action());
        assertEquals(ChangeSource.CONFIGURATION_AS_CODE, history.get(0).source());
        assertEquals(ChangeOrigin.SYSTEM_ACTOR, history.get(0).actor());
    }

    @Test
    void refusesAnInvalidId(JenkinsConfiguredWithCodeRule j) {
        Exception e = assertThrows(Exception.class, () -> {
            try (InputStream yaml = getClass().getResourceAsStream("invalid-id.yml")) {
                ConfigurationAsCode.get().configureWith(YamlSource.of(yaml));
            }
        });

        assertThat(messages(e), containsString(BAD_ID_MESSAGE));
        assertThat(stored("gh token"), nullValue());
    }
}
