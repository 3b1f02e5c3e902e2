// Compile-only stand-in for com.cloudbees.plugins.credentials.Credentials of credentials 1511.v2e3cb_0008ef0: its
// abstract methods.
// (The default method forRun(Run) is left out: the plugin neither calls nor overrides it.)
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
    @CheckForNull
    CredentialsScope getScope();

    @NonNull
    @Override
    CredentialsDescriptor getDescriptor();
}
