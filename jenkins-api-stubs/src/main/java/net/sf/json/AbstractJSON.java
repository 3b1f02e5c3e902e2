package net.sf.json;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;

@Copied(from = "jenkinsci/json-lib@json-lib-2.4-jenkins-15:src/main/java/net/sf/json/AbstractJSON.java", line = 36)
abstract class AbstractJSON implements JSON {
    @Copied(line = 36, implicit = true)
    AbstractJSON() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
