package org.jenkinsci;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Copied(
        from = "jenkinsci/lib-symbol-annotation@symbol-annotation-1.25:src/main/java/org/jenkinsci/Symbol.java",
        line = 44)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    @Copied(line = 45)
    String[] value();
}
