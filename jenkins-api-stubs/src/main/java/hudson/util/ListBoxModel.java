// Compile-only stand-in for hudson.util.ListBoxModel of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the
// type and its no-argument constructor.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static final class Option {
        public Option(@NonNull String name, @NonNull String value) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
