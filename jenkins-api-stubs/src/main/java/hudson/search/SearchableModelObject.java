package hudson.search;

import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/search/SearchableModelObject.java",
        line = 40)
@Copied.AbstractMethods({"getSearch"})
public interface SearchableModelObject extends ModelObject, SearchItem {
    @Copied(line = 44)
    Search getSearch();
}
