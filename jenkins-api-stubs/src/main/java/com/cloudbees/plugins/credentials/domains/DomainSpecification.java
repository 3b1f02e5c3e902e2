package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/domains/DomainSpecification.java",
        line = 37)
public abstract class DomainSpecification extends AbstractDescribableImpl<DomainSpecification>
        implements ExtensionPoint, Serializable {
    @Copied(line = 37, implicit = true)
    public DomainSpecification() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
