// Compile-only stand-in for com.cloudbees.plugins.credentials.common.UsernameCredentials of credentials
// 1511.v2e3cb_0008ef0.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

public interface UsernameCredentials extends Credentials {
    @NonNull
    String getUsername();

    default boolean isUsernameSecret() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
