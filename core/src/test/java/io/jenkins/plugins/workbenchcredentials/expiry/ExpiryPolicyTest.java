package io.jenkins.plugins.workbenchcredentials.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final ExpiryPolicy fourteenDays = ExpiryPolicy.DEFAULT;

    @Test
    void theDefaultThresholdIsFourteenDays() {
        assertThat(fourteenDays.thresholdDays()).isEqualTo(14);
        assertThat(fourteenDays.horizon(NOW)).isEqualTo(NOW.plus(Duration.ofDays(14)));
    }

    @Test
    void aPassedDateHasExpiredAndADateWithinTheThresholdIsExpiring() {
        assertThat(fourteenDays.status(NOW.minusSeconds(1), false, NOW)).isEqualTo(ExpiryStatus.EXPIRED);
        assertThat(fourteenDays.status(NOW, false, NOW)).isEqualTo(ExpiryStatus.EXPIRED);
        assertThat(fourteenDays.status(NOW.plusSeconds(1), false, NOW)).isEqualTo(ExpiryStatus.EXPIRING);
        assertThat(fourteenDays.status(NOW.plus(Duration.ofDays(14)), false, NOW))
                .isEqualTo(ExpiryStatus.EXPIRING);
        assertThat(fourteenDays.status(NOW.plus(Duration.ofDays(14)).plusSeconds(1), false, NOW))
                .isEqualTo(ExpiryStatus.VALID);
    }

    /** A credential that may also stop on a hidden date is never reported as fine. */
    @Test
    void anUnknownPartMakesAFarDateUnknownButNotANearOne() {
        assertThat(fourteenDays.status(NOW.plus(Duration.ofDays(300)), true, NOW))
                .isEqualTo(ExpiryStatus.UNKNOWN);
        assertThat(fourteenDays.status(null, true, NOW)).isEqualTo(ExpiryStatus.UNKNOWN);
        assertThat(fourteenDays.status(null, false, NOW)).isEqualTo(ExpiryStatus.UNKNOWN);
        assertThat(fourteenDays.status(NOW.plusSeconds(60), true, NOW)).isEqualTo(ExpiryStatus.EXPIRING);
        assertThat(fourteenDays.status(NOW.minusSeconds(60), true, NOW)).isEqualTo(ExpiryStatus.EXPIRED);
    }

    @Test
    void theThresholdIsBetweenOneDayAndAYear() {
        assertThat(new ExpiryPolicy(1).horizon(NOW)).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(new ExpiryPolicy(365).thresholdDays()).isEqualTo(365);
        for (int days : new int[] {0, -1, 366}) {
            assertThatThrownBy(() -> new ExpiryPolicy(days))
                    .isInstanceOf(WorkbenchException.class)
                    .satisfies(e -> {
                        assertThat(((WorkbenchException) e).field()).isEqualTo(ExpiryPolicy.THRESHOLD_FIELD);
                        assertThat(((WorkbenchException) e).messageKey()).isEqualTo("expiry.badThreshold");
                    });
        }
    }

    @Test
    void onlyExpiredAndExpiringNeedAttention() {
        assertThat(ExpiryStatus.EXPIRED.needsAttention()).isTrue();
        assertThat(ExpiryStatus.EXPIRING.needsAttention()).isTrue();
        assertThat(ExpiryStatus.VALID.needsAttention()).isFalse();
        assertThat(ExpiryStatus.UNKNOWN.needsAttention()).isFalse();
    }
}
