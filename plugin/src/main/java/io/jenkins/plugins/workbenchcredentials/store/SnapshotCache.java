package io.jenkins.plugins.workbenchcredentials.store;

import io.jenkins.plugins.workbenchcredentials.credentials.CoreCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchCredentials;
import io.jenkins.plugins.workbenchcredentials.model.Credential;
import java.util.List;

/**
 * The core's snapshot of a store, kept while the store holds the same credential objects (Jenkins
 * replaces the object on every change). Returning the same list lets the service reuse its search
 * index, and spares converting every credential on every request.
 */
final class SnapshotCache {
    private List<WorkbenchCredentials> source = List.of();
    private List<Credential> snapshot = List.of();

    synchronized List<Credential> snapshot(List<WorkbenchCredentials> stored) {
        if (!sameObjects(stored, source)) {
            source = List.copyOf(stored);
            snapshot = stored.stream().map(CoreCredentials::toCore).toList();
        }
        return snapshot;
    }

    private static boolean sameObjects(List<WorkbenchCredentials> a, List<WorkbenchCredentials> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
