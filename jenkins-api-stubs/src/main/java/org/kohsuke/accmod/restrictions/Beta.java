// Compile-only stand-in for org.kohsuke.accmod.restrictions.Beta of org.kohsuke:access-modifier-annotation 1.35
// (jenkinsci/lib-access-modifier), the version Jenkins 2.541.3 uses: the type only. The real checker allows a
// reference to a Beta member only when the consuming module sets the property useBeta to true.
package org.kohsuke.accmod.restrictions;

public class Beta extends DoNotUse {}
