// Compile-only stand-in for com.cloudbees.plugins.credentials.common.StandardCredentials of credentials
// 1511.v2e3cb_0008ef0.
package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface StandardCredentials extends IdCredentials {
    @NonNull
    String getDescription();
}
