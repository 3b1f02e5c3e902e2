// Compile-only stand-in for org.kohsuke.stapler.verb.POST of Stapler 2050.v425108fd5089 (jenkinsci/stapler), the
// version Jenkins 2.541.3 uses.
// The real annotation is meta-annotated @InterceptorAnnotation(HttpVerbInterceptor.class, SELECTION).
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {}
