// Compile-only stand-in for com.cloudbees.plugins.credentials.domains.Domain of credentials 1511.v2e3cb_0008ef0: the
// members the
// plugin uses.
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public class Domain implements Serializable {
    private static final long serialVersionUID = 1L;

    private Domain() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @NonNull
    public static Domain global() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
