// Compile-only stand-in for hudson.model.Saveable of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): its
// abstract method (the NOOP constant is left out).
package hudson.model;

import java.io.IOException;

public interface Saveable {
    void save() throws IOException;
}
