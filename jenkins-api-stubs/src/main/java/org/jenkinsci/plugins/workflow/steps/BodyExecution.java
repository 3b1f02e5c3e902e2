package org.jenkinsci.plugins.workflow.steps;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;
import java.util.concurrent.Future;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecution.java",
        line = 44)
public abstract class BodyExecution implements Future<Object>, Serializable {
    @Copied(line = 44, implicit = true)
    public BodyExecution() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 91)
    private static final long serialVersionUID = 1L;
}
