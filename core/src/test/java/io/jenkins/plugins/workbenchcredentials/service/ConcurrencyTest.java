package io.jenkins.plugins.workbenchcredentials.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 16;

    private final ServiceFixture fixture = new ServiceFixture();

    @RepeatedTest(5)
    void parallelCreatesOfOneIdHaveExactlyOneWinner() throws Exception {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String token = "token-of-thread-" + i;
            calls.add(() -> {
                try {
                    fixture.service.create(ServiceFixture.secretText("shared-id", token));
                    return token;
                } catch (WorkbenchException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    return null;
                }
            });
        }
        List<String> winners =
                runTogether(calls).stream().filter(w -> w != null).toList();
        assertThat(winners).hasSize(1);
        Credential stored =
                fixture.repository.find(CredentialId.of("shared-id")).orElseThrow();
        assertThat(((CredentialPayload.SecretText) stored.payload()).token().plainText())
                .isEqualTo(winners.get(0));
    }

    @Test
    void parallelUpdatesOfDifferentFieldsLoseNothing() throws Exception {
        fixture.service.create(ServiceFixture.usernamePassword("shared", "user-0", "password-0"));
        int rounds = 200;
        List<Callable<String>> calls = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            calls.add(() -> {
                for (int i = 1; i <= rounds; i++) {
                    CredentialRequest.Builder change = CredentialRequest.builder();
                    switch (thread) {
                        case 0 -> change.description("description-" + i);
                        case 1 -> change.username("user-" + i);
                        case 2 -> change.password("password-" + i);
                        default -> change.scope(i % 2 == 0 ? "GLOBAL" : "SYSTEM");
                    }
                    fixture.service.update("shared", change.build());
                }
                return null;
            });
        }
        runTogether(calls);

        Credential stored = fixture.repository.find(CredentialId.of("shared")).orElseThrow();
        CredentialPayload.UsernamePassword payload = (CredentialPayload.UsernamePassword) stored.payload();
        assertThat(stored.description()).isEqualTo("description-" + rounds);
        assertThat(payload.username()).isEqualTo("user-" + rounds);
        assertThat(payload.password().plainText()).isEqualTo("password-" + rounds);
        assertThat(stored.scope().name()).isEqualTo("GLOBAL");
        // Every update was applied to the state left by the one before it: none was overwritten.
        assertThat(stored.revision()).isEqualTo(1 + 4L * rounds);
    }

    private static <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
