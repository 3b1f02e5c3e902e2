package io.jenkins.plugins.workbenchcredentials.store;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import io.jenkins.plugins.workbenchcredentials.service.AccessPolicy;
import io.jenkins.plugins.workbenchcredentials.service.Permission;

/** The core's access port as the credentials plugin's permissions on the store, for the current user. */
final class StoreAccessPolicy implements AccessPolicy {
    private final CredentialsStore store;

    StoreAccessPolicy(CredentialsStore store) {
        this.store = store;
    }

    @Override
    public boolean allows(Permission permission) {
        return store.hasPermission(
                switch (permission) {
                    case VIEW -> CredentialsProvider.VIEW;
                    case CREATE -> CredentialsProvider.CREATE;
                    case UPDATE -> CredentialsProvider.UPDATE;
                    case DELETE -> CredentialsProvider.DELETE;
                });
    }
}
