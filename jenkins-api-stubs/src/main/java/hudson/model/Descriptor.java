// Compile-only stand-in for hudson.model.Descriptor of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): only
// the members the
// plugin uses or overrides. (The real class also implements Loadable, Saveable and OnMaster.)
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import jakarta.servlet.ServletException;
import java.io.IOException;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public T newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static final class FormException extends Exception implements HttpResponse {
        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public FormException(String message, Throwable cause, String formField) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public FormException(Throwable cause, String formField) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public String getFormField() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Override
        public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
                throws IOException, ServletException {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
