package org.kohsuke.accmod.restrictions;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/lib-access-modifier@access-modifier-1.35:access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/Beta.java",
        line = 36)
public class Beta extends DoNotUse {
    @Copied(line = 36, implicit = true)
    public Beta() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
