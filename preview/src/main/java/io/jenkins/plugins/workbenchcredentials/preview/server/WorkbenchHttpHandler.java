package io.jenkins.plugins.workbenchcredentials.preview.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.workbenchcredentials.api.ApiRequest;
import io.jenkins.plugins.workbenchcredentials.api.ApiResponse;
import io.jenkins.plugins.workbenchcredentials.api.WorkbenchJsonApi;
import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.preview.Workbench;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Every request: security headers, the Host check, then the page's files or the JSON API. The API
 * needs the access token on every call, and a change needs POST with a JSON content type, which a
 * cross-site form cannot send (nor, without a CORS preflight this server never grants, a script).
 */
final class WorkbenchHttpHandler implements HttpHandler {
    private static final String JSON_MEDIA_TYPE = "application/json";

    private final Workbench workbench;
    private final WorkbenchJsonApi api;
    private final AccessToken token;
    private final HostCheck hosts;
    private final StaticAssets assets;

    WorkbenchHttpHandler(Workbench workbench, AccessToken token, HostCheck hosts, StaticAssets assets) {
        this.workbench = workbench;
        this.api = workbench.api();
        this.token = token;
        this.hosts = hosts;
        this.assets = assets;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SecurityHeaders.apply(exchange.getResponseHeaders());
            Locale locale = RequestLocale.of(exchange.getRequestHeaders().getFirst("Accept-Language"));
            String path = exchange.getRequestURI().getPath();
            boolean isApi = path.equals("/api") || path.startsWith(ApiExchange.PREFIX);
            try {
                route(exchange, path, isApi, locale);
            } catch (RuntimeException e) {
                // The message may quote input: only the type is reported, and nothing of it reaches the client.
                System.err.println(
                        "workbench: a request failed with " + e.getClass().getName());
                if (exchange.getResponseCode() == -1) {
                    refuse(exchange, isApi, 500, ErrorCode.INTERNAL.name(), "api.internalError", locale);
                }
            }
        }
    }

    private void route(HttpExchange exchange, String path, boolean isApi, Locale locale) throws IOException {
        if (isApi) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
        }
        if (!hosts.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            refuse(exchange, isApi, 421, "MISDIRECTED", "server.badHost", locale);
        } else if (isApi) {
            api(exchange, locale);
        } else {
            page(exchange, path, locale);
        }
    }

    private void api(HttpExchange exchange, Locale locale) throws IOException {
        if (!token.matches(exchange.getRequestHeaders().getFirst(AccessToken.HEADER))) {
            send(exchange, ApiExchange.refusal(401, "UNAUTHORIZED", "server.tokenRequired", locale));
            return;
        }
        String method = exchange.getRequestMethod();
        try {
            if (!method.equals("GET")) {
                if (!method.equals("POST")) {
                    throw new WorkbenchException(ErrorCode.METHOD_NOT_ALLOWED, null, "api.methodNotAllowed", method);
                }
                if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                    send(exchange, ApiExchange.refusal(415, "UNSUPPORTED_MEDIA_TYPE", "server.jsonRequired", locale));
                    return;
                }
            }
            ApiRequest request = ApiExchange.toRequest(exchange, locale, method.equals("POST"));
            workbench.refresh();
            send(exchange, api.handle(request));
        } catch (WorkbenchException e) {
            if (e.code() == ErrorCode.TOO_LARGE) {
                // The rest of the body is not read; the connection cannot carry another request.
                exchange.getResponseHeaders().set("Connection", "close");
            }
            send(exchange, ApiExchange.refusal(e, locale));
        }
    }

    private void page(HttpExchange exchange, String path, Locale locale) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, Messages.format(locale, "api.methodNotAllowed", method));
            return;
        }
        Optional<StaticAssets.Asset> asset = assets.find(path);
        if (asset.isEmpty()) {
            sendText(exchange, 404, Messages.format(locale, "server.notFound", path));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", asset.get().contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, asset.get().bytes());
    }

    private static void refuse(HttpExchange exchange, boolean isApi, int status, String code, String key, Locale locale)
            throws IOException {
        if (isApi) {
            send(exchange, ApiExchange.refusal(status, code, key, locale));
        } else {
            sendText(exchange, status, Messages.format(locale, key));
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return mediaType.equalsIgnoreCase(JSON_MEDIA_TYPE);
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ApiResponse.CONTENT_TYPE);
        send(exchange, response.status(), response.json().getBytes(StandardCharsets.UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
