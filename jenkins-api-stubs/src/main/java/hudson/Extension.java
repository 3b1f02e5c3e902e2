package hudson;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/Extension.java", line = 75)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface Extension {
    @Copied(line = 85)
    double ordinal() default 0;

    @Copied(line = 94)
    @Deprecated
    boolean optional() default false;

    @Copied(line = 116)
    YesNoMaybe dynamicLoadable() default YesNoMaybe.MAYBE;
}
