// Compile-only stand-in for org.jenkinsci.plugins.plaincredentials.StringCredentials of plain-credentials
// 199.v9f8e1f741799 (jenkinsci/plain-credentials-plugin at 9f8e1f741799).
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

public interface StringCredentials extends StandardCredentials {
    @NonNull
    Secret getSecret();
}
