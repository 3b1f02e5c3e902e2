// Compile-only stand-in for hudson.model.TaskListener of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the
// method the plugin calls. (The real
// interface extends SerializableOnlyOverRemoting and has default methods.)
package hudson.model;

import java.io.PrintStream;

public interface TaskListener {
    PrintStream getLogger();
}
