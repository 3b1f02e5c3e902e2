package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.history.HistoryEntry;
import java.util.List;

/**
 * A credential's history as the API, page and CLIs show it, newest first.
 *
 * @param exists whether a credential has the ID now; {@code false} for one deleted whose history is kept
 */
public record CredentialHistoryView(String id, boolean exists, List<HistoryEntry> items) {
    public CredentialHistoryView {
        items = List.copyOf(items);
    }
}
