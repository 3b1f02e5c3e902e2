// Compile-only stand-in for org.kohsuke.accmod.Restricted of org.kohsuke:access-modifier-annotation 1.35
// (jenkinsci/lib-access-modifier), the version Jenkins 2.541.3 uses.
// The real one is also @Indexed. The stubs' test treats every use of a @Restricted stub member by the
// plugin as the access-modifier-checker of the real build would: as an error.
package org.kohsuke.accmod;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Restricted {
    Class<? extends AccessRestriction>[] value();
}
