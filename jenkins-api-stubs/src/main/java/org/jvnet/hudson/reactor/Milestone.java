package org.jvnet.hudson.reactor;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/lib-task-reactor@task-reactor-1.9:src/main/java/org/jvnet/hudson/reactor/Milestone.java",
        line = 31)
public interface Milestone {}
