package io.jenkins.plugins.workbenchcredentials.preview.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The secrets a test stored, and the check that an output holds none of them in any common form. */
public final class SecretWatch {
    private final Set<String> secrets = new LinkedHashSet<>();

    /** Registers a secret and returns it, for use inline. */
    public String secret(String value) {
        secrets.add(value);
        return value;
    }

    public void assertNoneIn(String output) {
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                assertThat(output).as("output holding a stored secret").doesNotContain(form);
            }
        }
    }

    private static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>();
        forms.add(secret);
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        return forms;
    }
}
