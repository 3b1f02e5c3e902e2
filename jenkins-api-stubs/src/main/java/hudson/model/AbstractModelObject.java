package hudson.model;

import hudson.search.Search;
import hudson.search.SearchIndex;
import hudson.search.SearchableModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

// The final methods, and those implementing SearchItem's and SearchableModelObject's abstract ones. Left out:
// the deprecated final sendError overloads that take the javax-based StaplerRequest and StaplerResponse,
// types no stub declares, so no class compiled against the stubs can declare (override) them.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/AbstractModelObject.java", line = 47)
@Copied.AbstractMethods({})
public abstract class AbstractModelObject implements SearchableModelObject {
    @Copied(line = 47, implicit = true)
    public AbstractModelObject() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 51)
    protected final void sendError(Exception e, StaplerRequest2 req, StaplerResponse2 rsp)
            throws ServletException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 68)
    protected final void sendError(Exception e) throws ServletException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 72)
    protected final void sendError(String message, StaplerRequest2 req, StaplerResponse2 rsp)
            throws ServletException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 93)
    protected final void sendError(String message, StaplerRequest2 req, StaplerResponse2 rsp, boolean pre)
            throws ServletException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 112)
    protected final void sendError(String message) throws ServletException, IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 123)
    @Deprecated
    protected final void requirePOST() throws ServletException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 139)
    @Override
    public final SearchIndex getSearchIndex() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 144)
    @Override
    public Search getSearch() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 157)
    @Override
    public String getSearchName() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
