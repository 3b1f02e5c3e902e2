package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/DataBoundSetter.java",
        line = 39)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
@Documented
public @interface DataBoundSetter {}
