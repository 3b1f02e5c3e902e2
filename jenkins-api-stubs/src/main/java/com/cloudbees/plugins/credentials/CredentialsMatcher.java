// Compile-only stand-in for com.cloudbees.plugins.credentials.CredentialsMatcher of credentials 1511.v2e3cb_0008ef0.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public interface CredentialsMatcher extends Serializable {
    boolean matches(@NonNull Credentials item);
}
