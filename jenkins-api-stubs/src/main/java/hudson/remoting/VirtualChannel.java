package hudson.remoting;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/remoting@3352.v17a_fb_4b_2773f:src/main/java/hudson/remoting/VirtualChannel.java", line = 35)
public interface VirtualChannel {}
