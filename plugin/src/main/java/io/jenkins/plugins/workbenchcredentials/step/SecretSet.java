package io.jenkins.plugins.workbenchcredentials.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.masking.SecretMasker;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The secrets a block's log and errors must not show. Kept as {@link Secret}s, so the Pipeline's saved
 * state holds them encrypted; the core's masker is built from them where it is first needed (on the
 * controller, or on the agent a log filter was sent to) and is never saved.
 */
final class SecretSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Secret> secrets = new ArrayList<>();
    private transient volatile SecretMasker masker;

    SecretSet(@NonNull Collection<String> plainTexts) {
        for (String plainText : plainTexts) {
            secrets.add(Secret.fromString(plainText));
        }
    }

    @NonNull
    SecretMasker masker() {
        SecretMasker built = masker;
        if (built == null) {
            List<String> plainTexts = new ArrayList<>(secrets.size());
            for (Secret secret : secrets) {
                plainTexts.add(secret.getPlainText());
            }
            built = SecretMasker.of(plainTexts);
            masker = built;
        }
        return built;
    }
}
