package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java",
        line = 35)
public class DomainRequirement implements ExtensionPoint, Serializable {
    @Copied(line = 35, implicit = true)
    public DomainRequirement() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 41)
    private static final long serialVersionUID = 1L;
}
