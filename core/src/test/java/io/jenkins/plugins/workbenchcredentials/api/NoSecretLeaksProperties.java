package io.jenkins.plugins.workbenchcredentials.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random credentials and random secrets: nothing the API answers (the history and the expiry
 * summary included), no error message and no {@code toString} of the model contains a secret, whatever
 * path the request takes.
 */
class NoSecretLeaksProperties {

    record Sample(String id, String type, String username, String description, String secret, String newSecret) {}

    @Property(tries = 200)
    void noResponseErrorOrToStringContainsASecret(@ForAll("samples") Sample sample) throws Exception {
        Assume.that(!(sample.id + sample.username + sample.description).contains(sample.secret));
        Assume.that(!(sample.id + sample.username + sample.description).contains(sample.newSecret));
        ApiFixture fixture = new ApiFixture();
        List<String> outputs = new ArrayList<>();

        ApiResponse created = fixture.post("credentials", body(sample, sample.secret, true));
        assertThat(created.status()).as(created.json()).isEqualTo(201);
        outputs.add(created.json());
        outputs.add(fixture.get("credentials/" + sample.id).json());
        outputs.add(fixture.get("credentials", Map.of("query", sample.id)).json());
        outputs.add(fixture.get("credentials/" + sample.id + "/where-used").json());
        outputs.add(fixture.post("credentials/" + sample.id, body(sample, sample.newSecret, false))
                .json());
        // Requests that fail after reading a secret: duplicate ID, changed type, wrong field for the type.
        outputs.add(fixture.post("credentials", body(sample, sample.newSecret, true))
                .json());
        outputs.add(fixture.post(
                        "credentials/" + sample.id,
                        "{\"type\":\"" + otherType(sample.type) + "\"," + secretField(sample.type) + ":"
                                + quote(sample.secret) + "}")
                .json());
        outputs.add(fixture.post(
                        "credentials/" + sample.id,
                        "{" + secretField(otherType(sample.type)) + ":" + quote(sample.secret) + "}")
                .json());
        outputs.add(fixture.post(
                        "credentials/" + sample.id,
                        "{" + secretField(sample.type) + ":" + quote(sample.secret) + ",\"revision\":999}")
                .json());
        outputs.add(
                fixture.post("credentials/" + sample.id, "{" + secretField(sample.type) + ":" + quote(sample.secret))
                        .json());

        outputs.add(fixture.get("credentials/" + sample.id + "/history").json());
        outputs.add(fixture.get("expiring").json());
        outputs.add(fixture.repository.history(CredentialId.of(sample.id)).toString());
        outputs.add(fixture.repository
                .find(CredentialId.of(sample.id))
                .orElseThrow()
                .toString());
        outputs.add(JsonMapping.mapper()
                .readValue(body(sample, sample.secret, true), CredentialRequest.class)
                .toString());

        outputs.add(fixture.post("credentials/" + sample.id + "/delete", Map.of("force", "true"), "")
                .json());
        outputs.add(fixture.get("credentials/" + sample.id + "/history").json());

        for (String output : outputs) {
            for (String secret : List.of(sample.secret, sample.newSecret)) {
                assertThat(output).doesNotContain(secret);
                assertThat(output).doesNotContain(JsonMapping.mapper().writeValueAsString(secret));
            }
        }
    }

    @Property(tries = 200)
    void errorsOfRefusedSecretsNameTheFieldOnly(@ForAll("secrets") String secret) throws Exception {
        ApiFixture fixture = new ApiFixture();
        String oversized = secret.repeat(70_000 / secret.length() + 1);
        ApiResponse response = fixture.post(
                "credentials", "{\"id\":\"x\",\"type\":\"secret-text\",\"token\":" + quote(oversized) + "}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).contains("\"field\":\"token\"").doesNotContain(secret);
        CredentialRequest misplaced = CredentialRequest.builder()
                .id("x")
                .type("username-password")
                .username("u")
                .password(secret)
                .token(secret)
                .build();
        WorkbenchException refused =
                catchThrowableOfType(WorkbenchException.class, () -> fixture.service.create(misplaced));
        assertThat(refused.field()).isEqualTo("token");
        assertThat(refused.getMessage()).doesNotContain(secret);
        assertThat(refused.toString()).doesNotContain(secret);
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<String> ids = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('-', '_', '.')
                .ofMinLength(3)
                .ofMaxLength(20);
        Arbitrary<String> types = Arbitraries.of("username-password", "secret-text");
        Arbitrary<String> usernames =
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> descriptions =
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40);
        return Combinators.combine(ids, types, usernames, descriptions, secrets(), secrets())
                .as(Sample::new);
    }

    @Provide
    Arbitrary<String> secrets() {
        // Printable ASCII and beyond, with characters that JSON escapes; long enough not to occur by chance.
        return Arbitraries.strings()
                .withCharRange('!', '~')
                .withChars('"', '\\', '\t', 'é', '密')
                .ofMinLength(10)
                .ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    private static String body(Sample sample, String secret, boolean withIdAndType) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        if (withIdAndType) {
            body.put("id", sample.id);
            body.put("type", sample.type);
        }
        if (sample.type.equals("username-password")) {
            body.put("username", sample.username);
            body.put("password", secret);
        } else {
            body.put("token", secret);
        }
        body.put("description", sample.description);
        return JsonMapping.mapper().writeValueAsString(body);
    }

    private static String otherType(String type) {
        return type.equals("secret-text") ? "username-password" : "secret-text";
    }

    private static String secretField(String type) {
        return type.equals("secret-text") ? "\"token\"" : "\"password\"";
    }

    private static String quote(String s) throws Exception {
        return JsonMapping.mapper().writeValueAsString(s);
    }
}
