package hudson.init;

import static hudson.init.InitMilestone.COMPLETED;
import static hudson.init.InitMilestone.STARTED;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/init/Initializer.java", line = 61)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Initializer {
    @Copied(line = 69)
    InitMilestone after() default STARTED;

    @Copied(line = 78)
    InitMilestone before() default COMPLETED;

    @Copied(line = 83)
    String[] requires() default {};

    @Copied(line = 91)
    String[] attains() default {};

    @Copied(line = 97)
    String displayName() default "";

    @Copied(line = 104)
    boolean fatal() default true;
}
