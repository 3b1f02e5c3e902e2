package net.sf.json;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.Serializable;

@Copied(from = "jenkinsci/json-lib@json-lib-2.4-jenkins-15:src/main/java/net/sf/json/JSON.java", line = 29)
public interface JSON extends Serializable {}
