package jenkins.model;

import hudson.model.ModifiableItemGroup;
import hudson.model.TopLevelItem;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(
        from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/jenkins/model/ModifiableTopLevelItemGroup.java",
        line = 40)
public interface ModifiableTopLevelItemGroup extends ModifiableItemGroup<TopLevelItem> {}
