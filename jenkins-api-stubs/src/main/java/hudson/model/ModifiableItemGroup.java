package hudson.model;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/ModifiableItemGroup.java", line = 49)
public interface ModifiableItemGroup<T extends Item> extends ItemGroup<T> {}
