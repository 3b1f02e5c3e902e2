package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/QueryParameter.java",
        line = 43)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    @Copied(line = 47)
    String value() default "";

    @Copied(line = 52)
    boolean required() default false;

    @Copied(line = 59)
    boolean fixEmpty() default false;
}
