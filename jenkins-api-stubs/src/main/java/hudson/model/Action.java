// Compile-only stand-in for hudson.model.Action of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): its
// abstract methods. (Its
// default methods are left out: the plugin neither calls nor overrides them.)
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}
