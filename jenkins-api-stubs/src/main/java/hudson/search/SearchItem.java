package hudson.search;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/search/SearchItem.java", line = 43)
public interface SearchItem {}
