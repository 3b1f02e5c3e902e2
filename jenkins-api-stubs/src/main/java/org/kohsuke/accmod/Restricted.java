package org.kohsuke.accmod;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Copied(
        from =
                "jenkinsci/lib-access-modifier@access-modifier-1.35:access-modifier-annotation/src/main/java/org/kohsuke/accmod/Restricted.java",
        line = 46)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Restricted {
    @Copied(line = 52)
    Class<? extends AccessRestriction>[] value();
}
