package hudson;

import com.thoughtworks.xstream.XStream;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.File;
import java.io.IOException;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/XmlFile.java", line = 122)
public final class XmlFile {
    @Copied(line = 133)
    public XmlFile(XStream xs, File file) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 160)
    public Object read() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 203)
    public void write(Object o) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 250)
    public boolean exists() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 293)
    public String asString() throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
