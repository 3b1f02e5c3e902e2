// Compile-only stand-in for hudson.util.XStream2 of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): its
// constructor; the rest is XStream's own
// (com.thoughtworks.xstream:xstream 1.4.21 from Maven Central, as Jenkins 2.541.3 has it).
package hudson.util;

import com.thoughtworks.xstream.XStream;

public class XStream2 extends XStream {
    public XStream2() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
