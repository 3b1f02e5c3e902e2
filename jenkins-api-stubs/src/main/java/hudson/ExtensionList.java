package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.AbstractList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

// The members the plugin uses, and those that implement AbstractList's abstract methods.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/ExtensionList.java", line = 64)
public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    @Copied(line = 97)
    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 176)
    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 181)
    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 452)
    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
