// Compile-only stand-in for com.cloudbees.plugins.credentials.domains.DomainRequirement of credentials
// 1511.v2e3cb_0008ef0: the type.
package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;
}
