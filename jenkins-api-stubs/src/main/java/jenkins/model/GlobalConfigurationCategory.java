package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

// get(Class) and the Security category, with what implements ModelObject's abstract method.
@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/GlobalConfigurationCategory.java",
        line = 27)
public abstract class GlobalConfigurationCategory implements ExtensionPoint, ModelObject {
    @Copied(line = 27, implicit = true)
    public GlobalConfigurationCategory() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 43)
    public static @NonNull <T extends GlobalConfigurationCategory> T get(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 78)
    public static class Security extends GlobalConfigurationCategory {
        @Copied(line = 78, implicit = true)
        public Security() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        @Copied(line = 85)
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
