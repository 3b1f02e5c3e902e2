// Compile-only stand-in for com.cloudbees.plugins.credentials.ContextInPath of credentials 1511.v2e3cb_0008ef0.
// (The real annotation is meta-annotated @InjectedParameter(ContextInPath.HandlerImpl.class).)
package com.cloudbees.plugins.credentials;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface ContextInPath {}
