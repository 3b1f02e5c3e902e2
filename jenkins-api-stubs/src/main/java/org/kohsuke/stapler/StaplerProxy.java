package org.kohsuke.stapler;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/stapler@2050.v425108fd5089:core/src/main/java/org/kohsuke/stapler/StaplerProxy.java",
        line = 43)
@Copied.AbstractMethods({"getTarget"})
public interface StaplerProxy {
    @Copied(line = 53)
    Object getTarget();
}
