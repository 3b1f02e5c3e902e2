// Compile-only stand-in for org.kohsuke.accmod.AccessRestriction of org.kohsuke:access-modifier-annotation 1.35
// (jenkinsci/lib-access-modifier), the version Jenkins 2.541.3 uses: the type only.
package org.kohsuke.accmod;

public abstract class AccessRestriction {}
