package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/workflow-step-api-plugin@710.v3e456cc85233:src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java",
        line = 51)
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    @Copied(line = 51, implicit = true)
    public StepContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 79)
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Copied(line = 120)
    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;

    @Copied(line = 151)
    private static final long serialVersionUID = 1L;
}
