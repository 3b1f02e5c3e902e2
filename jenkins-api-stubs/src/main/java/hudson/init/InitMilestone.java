package hudson.init;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.jvnet.hudson.reactor.Milestone;

// Every milestone, in the real order (the order of initialisation).
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/init/InitMilestone.java", line = 56)
public enum InitMilestone implements Milestone {
    @Copied(line = 62)
    STARTED("Started initialization"),
    @Copied(line = 67)
    PLUGINS_LISTED("Listed all plugins"),
    @Copied(line = 72)
    PLUGINS_PREPARED("Prepared all plugins"),
    @Copied(line = 83)
    PLUGINS_STARTED("Started all plugins"),
    @Copied(line = 89)
    EXTENSIONS_AUGMENTED("Augmented all extensions"),
    @Copied(line = 95)
    SYSTEM_CONFIG_LOADED("System config loaded"),
    @Copied(line = 102)
    SYSTEM_CONFIG_ADAPTED("System config adapted"),
    @Copied(line = 107)
    JOB_LOADED("Loaded all jobs"),
    @Copied(line = 114)
    JOB_CONFIG_ADAPTED("Configuration for all jobs updated"),
    @Copied(line = 121)
    COMPLETED("Completed initialization");

    @Copied(line = 125)
    InitMilestone(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
