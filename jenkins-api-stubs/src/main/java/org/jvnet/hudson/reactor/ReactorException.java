package org.jvnet.hudson.reactor;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from =
                "jenkinsci/lib-task-reactor@task-reactor-1.9:src/main/java/org/jvnet/hudson/reactor/ReactorException.java",
        line = 30)
public class ReactorException extends Exception {
    @Copied(line = 31)
    ReactorException(Throwable cause) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
