package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

// The type and its no-argument constructor.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/util/ListBoxModel.java", line = 99)
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    @Copied(line = 102)
    public static final class Option {
        @Copied(line = 122)
        public Option(@NonNull String name, @NonNull String value) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }

    @Copied(line = 146)
    public ListBoxModel() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
