package hudson.search;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/search/SearchItem.java", line = 43)
@Copied.AbstractMethods({"getSearchName", "getSearchUrl", "getSearchIndex"})
public interface SearchItem {
    @Copied(line = 47)
    String getSearchName();

    @Copied(line = 57)
    String getSearchUrl();

    @Copied(line = 78)
    SearchIndex getSearchIndex();
}
