package io.jenkins.plugins.workbenchcredentials.service;

/** What a caller may do; in Jenkins these map to {@code CredentialsProvider.VIEW/CREATE/UPDATE/DELETE}. */
public enum Permission {
    VIEW,
    CREATE,
    UPDATE,
    DELETE
}
