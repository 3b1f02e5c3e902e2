// Compile-only stand-in for hudson.util.FormValidation of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the
// factory methods
// the plugin uses, with their overloads (so overload resolution is the real one).
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;

public abstract class FormValidation extends IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    private FormValidation() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static @NonNull FormValidation aggregate(@NonNull Collection<FormValidation> validations) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public abstract String renderHtml();
}
