package org.kohsuke.accmod;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/lib-access-modifier@access-modifier-1.35:access-modifier-annotation/src/main/java/org/kohsuke/accmod/AccessRestriction.java",
        line = 46)
public abstract class AccessRestriction {
    @Copied(line = 46, implicit = true)
    public AccessRestriction() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
