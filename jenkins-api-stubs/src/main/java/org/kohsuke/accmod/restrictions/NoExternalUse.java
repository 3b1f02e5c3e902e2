package org.kohsuke.accmod.restrictions;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/lib-access-modifier@access-modifier-1.35:access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/NoExternalUse.java",
        line = 16)
public class NoExternalUse extends DoNotUse {
    @Copied(line = 16, implicit = true)
    public NoExternalUse() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
