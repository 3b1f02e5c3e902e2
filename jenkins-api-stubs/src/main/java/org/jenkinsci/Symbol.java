// Compile-only stand-in for org.jenkinsci.Symbol of org.jenkins-ci:symbol-annotation 1.25
// (jenkinsci/lib-symbol-annotation), the version Jenkins 2.541.3 uses. The real one is also @Indexed.
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
