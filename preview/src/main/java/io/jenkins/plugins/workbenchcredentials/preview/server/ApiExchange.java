package io.jenkins.plugins.workbenchcredentials.preview.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import io.jenkins.plugins.workbenchcredentials.api.ApiRequest;
import io.jenkins.plugins.workbenchcredentials.api.ApiResponse;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;
import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an HTTP exchange under {@code /api/} into core's {@link ApiRequest}: the path after the prefix,
 * the first value of each query parameter, the body (refused unread past the API's limit) and the
 * language. The checks that guard the API (token, POST with JSON) are the caller's.
 */
final class ApiExchange {
    static final String PREFIX = "/api/";

    private ApiExchange() {}

    /** @param withBody whether to read the body (a change's); reads are sent without one */
    static ApiRequest toRequest(HttpExchange exchange, Locale locale, boolean withBody) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String below = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "";
        return new ApiRequest(
                exchange.getRequestMethod(),
                below,
                parameters(exchange.getRequestURI().getRawQuery()),
                withBody ? body(exchange) : new byte[0],
                locale);
    }

    /** The first value of each parameter, decoded as browsers encode forms ({@code +} is a space). */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw WorkbenchException.invalid(null, "server.badQuery");
        }
        return parameters;
    }

    /**
     * The body, at most {@link JsonMapping#MAX_BODY_BYTES}: a larger declared length is refused before
     * reading any of it, a chunked body as soon as it passes the limit.
     */
    static byte[] body(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw WorkbenchException.invalid(null, "request.unreadable");
            }
            if (length > JsonMapping.MAX_BODY_BYTES) {
                throw tooLarge();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(JsonMapping.MAX_BODY_BYTES + 1);
            if (body.length > JsonMapping.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static WorkbenchException tooLarge() {
        return new WorkbenchException(ErrorCode.TOO_LARGE, null, "request.tooLarge", JsonMapping.MAX_BODY_BYTES);
    }

    /** A refusal in the API's error shape, for the checks made before the API sees the request. */
    static ApiResponse refusal(int status, String code, String messageKey, Locale locale) {
        return json(status, code, null, messageKey, Messages.format(locale, messageKey));
    }

    static ApiResponse refusal(WorkbenchException e, Locale locale) {
        return json(e.code().httpStatus(), e.code().name(), e.field(), e.messageKey(), e.localizedMessage(locale));
    }

    private static ApiResponse json(int status, String code, String field, String messageKey, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("field", field);
        error.put("messageKey", messageKey);
        error.put("message", message);
        try {
            return new ApiResponse(status, JsonMapping.mapper().writeValueAsString(Map.of("error", error)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error response could not be written as JSON", e);
        }
    }
}
