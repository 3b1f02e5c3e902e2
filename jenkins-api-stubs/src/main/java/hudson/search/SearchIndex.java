package hudson.search;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

// The type only, which SearchItem.getSearchIndex() returns.
@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/search/SearchIndex.java", line = 36)
public interface SearchIndex {}
