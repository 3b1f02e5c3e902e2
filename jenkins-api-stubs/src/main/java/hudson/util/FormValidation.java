package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;

// The factory methods the plugin uses, with their overloads (so overload resolution is the real one).
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/util/FormValidation.java", line = 120)
public abstract class FormValidation extends IOException implements HttpResponse {
    @Copied(line = 126)
    public enum Kind {
        @Copied(line = 130)
        OK,
        @Copied(line = 135)
        WARNING,
        @Copied(line = 139)
        ERROR
    }

    @Copied(line = 149)
    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 153)
    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 157)
    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 166)
    public static FormValidation ok() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 174)
    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 178)
    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 182)
    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 194)
    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 198)
    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 229)
    public static @NonNull FormValidation aggregate(@NonNull Collection<FormValidation> validations) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 593)
    private FormValidation(Kind kind) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 607)
    public abstract String renderHtml();
}
