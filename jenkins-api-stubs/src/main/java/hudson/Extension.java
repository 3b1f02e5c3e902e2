// Compile-only stand-in for hudson.Extension of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins),
// core/src/main/java/hudson/Extension.java.
// The real annotation is meta-annotated @Indexable (annotation-indexer, not on Maven Central).
package hudson;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface Extension {
    double ordinal() default 0;

    @Deprecated
    boolean optional() default false;

    YesNoMaybe dynamicLoadable() default YesNoMaybe.MAYBE;
}
