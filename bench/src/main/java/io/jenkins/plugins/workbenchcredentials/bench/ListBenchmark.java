package io.jenkins.plugins.workbenchcredentials.bench;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryPolicy;
import io.jenkins.plugins.workbenchcredentials.history.ChangeNote;
import io.jenkins.plugins.workbenchcredentials.history.ChangeOrigin;
import io.jenkins.plugins.workbenchcredentials.history.ChangeSource;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import io.jenkins.plugins.workbenchcredentials.model.CredentialScope;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.InMemoryCredentialRepository;
import io.jenkins.plugins.workbenchcredentials.service.ListQuery;
import io.jenkins.plugins.workbenchcredentials.service.Page;
import io.jenkins.plugins.workbenchcredentials.service.SortField;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.usage.CombinedUsageSource;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReferenceIndex;
import io.jenkins.plugins.workbenchcredentials.usage.UsageLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The list page over 100,000 credentials: one request (search, sort, one page) through the workbench
 * service on the in-memory repository, timed after warm-up; prints the median in milliseconds.
 */
public final class ListBenchmark {
    static final int CREDENTIALS = 100_000;
    private static final String[] WORDS = {
        "docker",
        "registry",
        "github",
        "gitlab",
        "prod",
        "staging",
        "dev",
        "kube",
        "nexus",
        "maven",
        "npm",
        "slack",
        "deploy",
        "release",
        "ci",
        "sonar",
        "vault",
        "aws",
        "gcp",
        "azure"
    };

    private ListBenchmark() {}

    public static void main(String[] args) {
        UsageLedger ledger = new UsageLedger();
        WorkbenchService service = new WorkbenchService(
                populate(ledger),
                new CombinedUsageSource(new StaticReferenceIndex(), ledger, List.of()),
                p -> true,
                Clock.systemUTC(),
                () -> ChangeOrigin.system(ChangeSource.SYSTEM),
                () -> ExpiryPolicy.DEFAULT);

        report(
                "search+sort+page",
                () -> service.list(new ListQuery("prod release", null, SortField.CREATED, false, 1, 20)));
        report("sort by id, page 2500", () -> service.list(new ListQuery("", null, SortField.ID, true, 2500, 20)));
        report("sort by last used", () -> service.list(new ListQuery("", null, SortField.LAST_USED, false, 1, 20)));
        report(
                "type filter+search",
                () -> service.list(new ListQuery(
                        "docker",
                        io.jenkins.plugins.workbenchcredentials.model.CredentialType.USERNAME_PASSWORD,
                        SortField.UPDATED,
                        false,
                        3,
                        50)));
    }

    private static InMemoryCredentialRepository populate(UsageLedger ledger) {
        Random random = new Random(42);
        InMemoryCredentialRepository repository = new InMemoryCredentialRepository();
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < CREDENTIALS; i++) {
            String a = WORDS[random.nextInt(WORDS.length)];
            String b = WORDS[random.nextInt(WORDS.length)];
            CredentialId id = CredentialId.of(a + "-" + b + "-" + i);
            Instant created = start.plusSeconds(random.nextInt(60_000_000));
            CredentialPayload payload = i % 2 == 0
                    ? new CredentialPayload.UsernamePassword("user" + i, SecretValue.of("password-" + i))
                    : new CredentialPayload.SecretText(SecretValue.of("token-" + i));
            String description = "Credential for " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)] + " pipelines, team " + (i % 97);
            repository.insert(
                    new Credential(id, description, CredentialScope.GLOBAL, payload, created, created, 1),
                    new ChangeNote(ChangeOrigin.system(ChangeSource.SYSTEM), created));
            if (i % 3 == 0) {
                ledger.record(
                        id, new RecordedUse("job-" + (i % 500), null, "#" + i, null, created.plusSeconds(3600), null));
            }
        }
        return repository;
    }

    private static void report(String name, Supplier<Page<?>> request) {
        for (int i = 0; i < 30; i++) {
            request.get();
        }
        double[] millis = new double[40];
        int total = 0;
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            total += request.get().pagination().total();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "list %d credentials %s: %.2f ms (median of %d; matched %d)%n",
                CREDENTIALS,
                name,
                millis[millis.length / 2],
                millis.length,
                total / millis.length);
    }
}
