package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java",
        line = 53)
public class CredentialsMatchers {
    @Copied(line = 58)
    private CredentialsMatchers() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 100)
    @SuppressWarnings("rawtypes")
    @NonNull
    public static CredentialsMatcher instanceOf(@NonNull Class clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 183)
    @NonNull
    public static CredentialsMatcher anyOf(@NonNull CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
