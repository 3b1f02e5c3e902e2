package hudson.model;

import hudson.ExtensionPoint;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/TopLevelItem.java", line = 42)
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {}
