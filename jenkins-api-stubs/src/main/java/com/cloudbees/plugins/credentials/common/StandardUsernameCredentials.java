// Compile-only stand-in for com.cloudbees.plugins.credentials.common.StandardUsernameCredentials of credentials
// 1511.v2e3cb_0008ef0.
package com.cloudbees.plugins.credentials.common;

public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {}
