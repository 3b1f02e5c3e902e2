// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.StepContext of workflow-step-api 724.v538c2362b_dfb_
// (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// the members the plugin calls. (The real class also implements Guava's FutureCallback<Object>.)
package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements Serializable {
    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;
}
