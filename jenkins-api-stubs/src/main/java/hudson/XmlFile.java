// Compile-only stand-in for hudson.XmlFile of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only the members
// the plugin uses.
package hudson;

import com.thoughtworks.xstream.XStream;
import java.io.File;
import java.io.IOException;

public final class XmlFile {
    public XmlFile(XStream xs, File file) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Object read() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public void write(Object o) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean exists() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String asString() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
