package io.jenkins.plugins.workbenchcredentials.preview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;

/** The API's JSON, pretty-printed for {@code --json}; the same views, so no secret can be in it. */
final class Json {
    private Json() {}

    static String of(Object value) {
        try {
            return JsonMapping.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}
