package org.kohsuke.accmod.restrictions;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.kohsuke.accmod.AccessRestriction;

@Copied(
        from =
                "jenkinsci/lib-access-modifier@access-modifier-1.35:access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/DoNotUse.java",
        line = 36)
public class DoNotUse extends AccessRestriction {
    @Copied(line = 36, implicit = true)
    public DoNotUse() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
