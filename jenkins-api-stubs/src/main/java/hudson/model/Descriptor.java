package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.ServletException;
import java.io.IOException;
import jenkins.model.GlobalConfigurationCategory;
import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

// The members the plugin uses or overrides, the final ones, and those implementing Loadable and Saveable.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Descriptor.java", line = 152)
@Copied.AbstractMethods({})
public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
    @Copied(line = 277)
    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 293)
    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 328)
    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 380)
    public final String getDescriptorFullUrl() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 546)
    public final String getJsonSafeClassName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 590)
    public T newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 837)
    public final boolean isInstance(T instance) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 844)
    @SuppressWarnings("rawtypes")
    public final boolean isSubTypeOf(Class type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 869)
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 904)
    public @NonNull GlobalConfigurationCategory getCategory() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 938)
    protected final String getViewPage(Class<?> clazz, String pageName) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 963)
    @Override
    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 982)
    @Override
    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1288)
    public static final class FormException extends Exception implements HttpResponse {
        @Copied(line = 1291)
        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1296)
        public FormException(String message, Throwable cause, String formField) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1301)
        public FormException(Throwable cause, String formField) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1309)
        public String getFormField() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 1314)
        @Override
        public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
                throws IOException, ServletException {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
