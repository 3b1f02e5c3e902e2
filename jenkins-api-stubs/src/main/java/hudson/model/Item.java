// Compile-only stand-in for hudson.model.Item of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the members
// the plugin uses, as a ModelObject
// and AccessControlled (which it is through its real supertypes). The plugin implements no Item.
package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

public interface Item extends ModelObject, AccessControlled {
    Permission EXTENDED_READ = null;

    String getFullName();

    String getUrl();
}
