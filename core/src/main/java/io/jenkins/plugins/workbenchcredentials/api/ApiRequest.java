package io.jenkins.plugins.workbenchcredentials.api;

import java.util.Locale;
import java.util.Map;

/**
 * One call to the JSON API, as a host received it.
 *
 * @param path   below the API root, without a leading slash: {@code credentials}, {@code credentials/ID},
 *               {@code credentials/ID/where-used}, {@code credentials/ID/delete}, {@code kubeconfig/validate}
 * @param params query parameters (first value of each)
 * @param body   the request body as UTF-8 bytes, empty for none
 * @param locale the caller's language, for messages
 */
public record ApiRequest(String method, String path, Map<String, String> params, byte[] body, Locale locale) {
    public ApiRequest {
        params = Map.copyOf(params);
        body = body == null ? new byte[0] : body;
        locale = locale == null ? Locale.ENGLISH : locale;
    }
}
