package hudson.search;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerProxy;

// The type, which SearchableModelObject.getSearch() returns, and getTarget, which implements StaplerProxy's.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/search/Search.java", line = 82)
public class Search implements StaplerProxy {
    @Copied(line = 82, implicit = true)
    public Search() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 549)
    @Override
    @Restricted(NoExternalUse.class)
    public Object getTarget() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
