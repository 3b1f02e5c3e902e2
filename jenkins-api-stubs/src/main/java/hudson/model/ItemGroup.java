package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ItemGroup.java", line = 46)
public interface ItemGroup<T extends Item> extends FullyNamed, FullyNamedModelObject, PersistenceRoot {
    @Copied(line = 137)
    default <T extends Item> Iterable<T> allItems(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
