// Compile-only stand-in for hudson.remoting.VirtualChannel of remoting 3352.v17a_fb_4b_2773f (jenkinsci/remoting), the
// version Jenkins 2.541.3 uses: the type only (the plugin receives one and does not call it).
package hudson.remoting;

public interface VirtualChannel {}
