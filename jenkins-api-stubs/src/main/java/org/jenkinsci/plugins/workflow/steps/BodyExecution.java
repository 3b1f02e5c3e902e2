// Compile-only stand-in for org.jenkinsci.plugins.workflow.steps.BodyExecution of workflow-step-api 724.v538c2362b_dfb_
// (jenkinsci/workflow-step-api-plugin at 0773c3c, 8 commits before the release):
// the type only. (The real class also implements Future<Object>.)
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class BodyExecution implements Serializable {
    private static final long serialVersionUID = 1L;
}
