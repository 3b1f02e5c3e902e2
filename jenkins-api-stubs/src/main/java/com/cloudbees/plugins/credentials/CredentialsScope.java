package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java",
        line = 35)
public enum CredentialsScope implements Serializable {
    @Copied(line = 42)
    SYSTEM {
        @Copied(line = 45)
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 53)
        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    },
    @Copied(line = 65)
    GLOBAL {
        @Copied(line = 68)
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 76)
        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    },
    @Copied(line = 97)
    USER {
        @Copied(line = 102)
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 110)
        @Override
        public boolean isVisible(ModelObject context) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    };

    @Copied(line = 124)
    public abstract String getDisplayName();

    @Copied(line = 133)
    public abstract boolean isVisible(ModelObject context);
}
