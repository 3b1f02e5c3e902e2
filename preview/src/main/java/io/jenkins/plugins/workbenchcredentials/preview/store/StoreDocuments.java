package io.jenkins.plugins.workbenchcredentials.preview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The JSON inside the two store files, written and read with the API's strict Jackson configuration. */
final class StoreDocuments {
    /**
     * The credentials, and the change history of each credential that has one, deleted ones included,
     * oldest entry first: both in one document, so one atomic replace of the file writes a change and
     * its entry together. {@code history} is absent from files of format version 1.
     */
    record CredentialsDocument(List<StoredCredential> credentials, Map<String, List<StoredHistoryEntry>> history) {}

    /** Recorded uses by credential ID, newest first. */
    record UsageDocument(Map<String, List<RecordedUse>> uses) {}

    private StoreDocuments() {}

    static byte[] write(Object document) {
        try {
            return JsonMapping.mapper().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The store content could not be written as JSON", e);
        }
    }

    /**
     * Reads a decrypted document. It was authenticated, so content that does not parse is damage or a
     * bug; Jackson's message, which may quote a secret, is dropped.
     */
    static <T> T read(byte[] json, Class<T> type, Path file) {
        try {
            T document = JsonMapping.mapper().readValue(json, type);
            if (document == null) {
                throw StoreException.corrupt(file);
            }
            return document;
        } catch (IOException e) {
            throw StoreException.corrupt(file);
        }
    }
}
