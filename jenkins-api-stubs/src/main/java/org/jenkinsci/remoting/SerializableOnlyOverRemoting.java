package org.jenkinsci.remoting;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(
        from =
                "jenkinsci/remoting@3352.v17a_fb_4b_2773f:src/main/java/org/jenkinsci/remoting/SerializableOnlyOverRemoting.java",
        line = 46)
public interface SerializableOnlyOverRemoting extends Serializable {}
