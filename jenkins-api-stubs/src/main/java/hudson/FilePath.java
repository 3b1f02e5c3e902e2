package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/FilePath.java", line = 214)
public final class FilePath implements SerializableOnlyOverRemoting {
    @Copied(line = 276)
    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 404)
    public String getRemote() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1185)
    @Copied.AbstractMethods({"invoke"})
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        @Copied(line = 1198)
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }

    @Copied(line = 1205)
    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1458)
    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1544)
    public @NonNull FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 3600)
    private static final long serialVersionUID = 1L;
}
