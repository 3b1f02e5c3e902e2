package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;
import java.util.List;

// The members the plugin uses.
@Copied(
        from =
                "jenkinsci/credentials-plugin@1502.v5c95e620ddfe:src/main/java/com/cloudbees/plugins/credentials/domains/Domain.java",
        line = 46)
public class Domain implements Serializable {
    @Copied(line = 51)
    private static final long serialVersionUID = 1L;

    @Copied(line = 72)
    public Domain(String name, String description, List<DomainSpecification> specifications) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 86)
    @NonNull
    public static Domain global() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
