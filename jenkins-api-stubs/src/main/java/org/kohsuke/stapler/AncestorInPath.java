// Compile-only stand-in for org.kohsuke.stapler.AncestorInPath of Stapler 2050.v425108fd5089 (jenkinsci/stapler), the
// version Jenkins 2.541.3 uses. The real annotation is meta-annotated
// @InjectedParameter(AncestorInPath.HandlerImpl.class).
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface AncestorInPath {}
