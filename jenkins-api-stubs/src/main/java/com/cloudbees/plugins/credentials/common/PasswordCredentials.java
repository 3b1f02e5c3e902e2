// Compile-only stand-in for com.cloudbees.plugins.credentials.common.PasswordCredentials of credentials
// 1511.v2e3cb_0008ef0.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

public interface PasswordCredentials extends Credentials {
    @NonNull
    Secret getPassword();
}
