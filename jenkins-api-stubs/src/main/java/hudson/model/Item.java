package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;
import jenkins.model.Named;
import jenkins.util.io.OnMaster;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Item.java", line = 79)
public interface Item
        extends PersistenceRoot,
                FullyNamedModelObject,
                SearchableModelObject,
                FullyNamed,
                Named,
                AccessControlled,
                OnMaster {
    @Copied(line = 120)
    String getFullName();

    @Copied(line = 174)
    String getUrl();

    @Copied(line = 299)
    Permission EXTENDED_READ = null;
}
