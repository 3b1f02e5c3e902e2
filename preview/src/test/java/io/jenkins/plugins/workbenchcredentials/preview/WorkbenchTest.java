package io.jenkins.plugins.workbenchcredentials.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The actor the history records for the preview's changes: the operating-system user. */
class WorkbenchTest {
    @Test
    void theActorIsJavasUserName() {
        assertThat(Workbench.operatingSystemUser("alice", Map.of("USER", "bob")))
                .isEqualTo("alice");
        assertThat(Workbench.operatingSystemUser())
                .isEqualTo(System.getProperty("user.name").strip())
                .isNotBlank();
    }

    @Test
    void anAccountWithoutANameFallsBackToTheEnvironment() {
        assertThat(Workbench.operatingSystemUser("?", Map.of("USER", "bob", "LOGNAME", "carol")))
                .isEqualTo("bob");
        assertThat(Workbench.operatingSystemUser(" ", Map.of("LOGNAME", "carol")))
                .isEqualTo("carol");
        assertThat(Workbench.operatingSystemUser(null, Map.of("USER", "", "LOGNAME", " dave ")))
                .isEqualTo("dave");
    }

    @Test
    void noNameAnywhereIsSaidSo() {
        assertThat(Workbench.operatingSystemUser("?", Map.of())).isEqualTo(Workbench.UNKNOWN_USER);
    }
}
