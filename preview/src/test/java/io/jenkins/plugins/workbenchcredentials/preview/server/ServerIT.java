package io.jenkins.plugins.workbenchcredentials.preview.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Cli;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Jvm;
import io.jenkins.plugins.workbenchcredentials.preview.testing.Kubeconfigs;
import io.jenkins.plugins.workbenchcredentials.preview.testing.RawHttp;
import io.jenkins.plugins.workbenchcredentials.preview.testing.SecretWatch;
import io.jenkins.plugins.workbenchcredentials.preview.testing.ServerProcess;
import io.jenkins.plugins.workbenchcredentials.testing.TestJwts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench serve} as a real process, driven over HTTP. */
class ServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final String WEBAPP = "io/jenkins/plugins/workbenchcredentials/webapp/";

    @TempDir
    Path home;

    private final SecretWatch secrets = new SecretWatch();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final List<HttpResponse<String>> responses = new ArrayList<>();
    private Cli cli;
    private ServerProcess server;
    private String token;
    private String password;

    @BeforeEach
    void start() throws Exception {
        cli = new Cli(home, secrets);
        token = secrets.secret("ghp_serverTestToken0123456789abcdef");
        password = secrets.secret("server-Pa55word-for-registry");
        secrets.secret(Kubeconfigs.DEV_TOKEN);
        secrets.secret(Kubeconfigs.PROD_TOKEN);
        server = ServerProcess.start(cli, secrets);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        for (HttpResponse<String> response : responses) {
            secrets.assertNoneIn(response.body());
        }
    }

    @Test
    void printsALoopbackAddressWithItsTokenInTheFragmentAndKeepsTheToken() throws Exception {
        assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+/#token=[A-Za-z0-9_-]{43}");
        Path tokenFile = home.resolve("server.token");
        assertThat(Files.readString(tokenFile).strip()).isEqualTo(server.token());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)))
                .isEqualTo("rw-------");

        String first = server.token();
        server.close();
        server = ServerProcess.start(cli, secrets);
        assertThat(server.token()).as("the address stays valid across restarts").isEqualTo(first);
    }

    @Test
    void theApiNeedsTheToken() throws Exception {
        HttpResponse<String> none =
                send(HttpRequest.newBuilder(api("credentials")).GET());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).at("/error/code").asText()).isEqualTo("UNAUTHORIZED");

        String wrong = "A".repeat(server.token().length());
        assertThat(send(HttpRequest.newBuilder(api("credentials"))
                                .header("X-Workbench-Token", wrong)
                                .GET())
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(api("credentials"))
                                .header("X-Workbench-Token", server.token() + "x")
                                .GET())
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> unauthorisedChange = send(HttpRequest.newBuilder(api("credentials"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(secretText("sneaky").toString())));
        assertThat(unauthorisedChange.statusCode()).isEqualTo(401);

        assertThat(get("credentials").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("credentials").body())
                        .at("/pagination/total")
                        .asInt())
                .as("the refused create changed nothing")
                .isZero();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> all = List.of(
                send(HttpRequest.newBuilder(page("/")).GET()),
                send(HttpRequest.newBuilder(page("/no-such-file.js")).GET()),
                send(HttpRequest.newBuilder(page("/")).method("POST", HttpRequest.BodyPublishers.noBody())),
                send(HttpRequest.newBuilder(api("credentials")).GET()),
                get("credentials"),
                get("credentials/missing"),
                post("credentials", "{\"id\":\"bad id\"}"),
                send(authorised(api("credentials")).PUT(HttpRequest.BodyPublishers.ofString("{}"))));
        for (HttpResponse<String> response : all) {
            String what = response.request().method() + " " + response.uri() + " -> " + response.statusCode();
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(what)
                    .contains(CSP);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(what)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(what)
                    .contains("no-referrer");
            if (response.uri().getPath().startsWith("/api/")) {
                assertThat(response.headers().firstValue("Cache-Control"))
                        .as(what)
                        .contains("no-store");
                assertThat(response.headers().firstValue("Content-Type"))
                        .as(what)
                        .contains("application/json;charset=UTF-8");
            }
        }
        assertThat(all)
                .extracting(HttpResponse::statusCode)
                .containsExactly(hasIndexPage() ? 200 : 404, 404, 405, 401, 200, 404, 400, 405);
    }

    @Test
    void aChangeNeedsPostWithAJsonContentType() throws Exception {
        String body = secretText("gh-token").toString();
        for (String contentType : List.of(
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/jsonp")) {
            HttpResponse<String> refused = send(authorised(api("credentials"))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(refused.statusCode()).as(contentType).isEqualTo(415);
            assertThat(JSON.readTree(refused.body()).at("/error/messageKey").asText())
                    .isEqualTo("server.jsonRequired");
        }
        assertThat(send(authorised(api("credentials")).POST(HttpRequest.BodyPublishers.ofString(body)))
                        .statusCode())
                .as("no content type")
                .isEqualTo(415);
        assertThat(send(authorised(api("credentials")).PUT(HttpRequest.BodyPublishers.ofString(body)))
                        .statusCode())
                .isEqualTo(405);
        assertThat(send(authorised(api("credentials/gh-token")).DELETE()).statusCode())
                .isEqualTo(405);
        assertThat(JSON.readTree(get("credentials").body())
                        .at("/pagination/total")
                        .asInt())
                .isZero();

        HttpResponse<String> created = send(authorised(api("credentials"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(get("credentials/gh-token/delete").statusCode())
                .as("a delete is never a GET")
                .isEqualTo(405);
        assertThat(get("credentials/gh-token").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAHostThatIsNotThisServer() throws Exception {
        String foreign = RawHttp.exchange(
                server.port(),
                "GET /api/credentials HTTP/1.1\nHost: attacker.example:" + server.port() + "\nX-Workbench-Token: "
                        + server.token() + "\nConnection: close\n\n");
        assertThat(RawHttp.status(foreign)).isEqualTo(421);
        assertThat(foreign).contains("server.badHost").doesNotContain("\"items\"");
        String otherPort = RawHttp.exchange(
                server.port(), "GET / HTTP/1.1\nHost: 127.0.0.1:" + (server.port() + 1) + "\nConnection: close\n\n");
        assertThat(RawHttp.status(otherPort)).isEqualTo(421);
        String localhost = RawHttp.exchange(
                server.port(),
                "GET /api/credentials HTTP/1.1\nHost: localhost:" + server.port() + "\nX-Workbench-Token: "
                        + server.token() + "\nConnection: close\n\n");
        assertThat(RawHttp.status(localhost)).isEqualTo(200);
    }

    @Test
    void refusesAnOversizedBodyWithoutReadingIt() throws Exception {
        // The head promises 5 MB that never come: a server that tried to read them would wait forever.
        String response = RawHttp.exchange(
                server.port(),
                "POST /api/credentials HTTP/1.1\nHost: 127.0.0.1:" + server.port() + "\nX-Workbench-Token: "
                        + server.token() + "\nContent-Type: application/json\nContent-Length: 5000000\n\n");
        assertThat(RawHttp.status(response)).isEqualTo(413);
        assertThat(response).contains("TOO_LARGE");

        // Without a length (chunked), reading stops at the limit.
        byte[] huge = ("{\"id\":\"big\",\"type\":\"secret-text\",\"token\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(authorised(api("credentials"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(get("credentials").body()).doesNotContain("\"big\"");
    }

    @Test
    void theApiWorksEndToEndAndNeverReturnsASecret() throws Exception {
        assertThat(post(
                                "credentials",
                                secretText("gh-token")
                                        .put("description", "GitHub")
                                        .toString())
                        .statusCode())
                .isEqualTo(201);
        ObjectNode account = JSON.createObjectNode()
                .put("id", "registry")
                .put("type", "username-password")
                .put("username", "ci-bot")
                .put("password", password);
        assertThat(post("credentials", account.toString()).statusCode()).isEqualTo(201);
        ObjectNode kube = JSON.createObjectNode()
                .put("id", "prod-kube")
                .put("type", "kubeconfig")
                .put("kubeconfig", Kubeconfigs.twoContexts())
                .put("defaultContext", "prod");
        HttpResponse<String> kubeCreated = post("credentials", kube.toString());
        assertThat(kubeCreated.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(kubeCreated.body()).at("/kubeconfig/cluster").asText())
                .isEqualTo("prod-cluster");

        JsonNode list = JSON.readTree(get("credentials?sortBy=id&pageSize=2").body());
        assertThat(list.get("items")).extracting(n -> n.get("id").asText()).containsExactly("gh-token", "prod-kube");
        assertThat(list.at("/pagination/total").asInt()).isEqualTo(3);
        assertThat(list.at("/pagination/pages").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(get("credentials?query=github").body()).get("items"))
                .hasSize(1);
        assertThat(get("credentials?type=ssh-key").statusCode()).isEqualTo(400);
        // Refused by the JDK's server before it reaches ours, which is as good.
        String malformed = RawHttp.exchange(
                server.port(),
                "GET /api/credentials?query=%zz HTTP/1.1\nHost: 127.0.0.1:" + server.port() + "\nX-Workbench-Token: "
                        + server.token() + "\nConnection: close\n\n");
        assertThat(RawHttp.status(malformed)).isEqualTo(400);

        // A blank secret keeps the stored one; the revision guards against stale edits.
        HttpResponse<String> updated =
                post("credentials/registry", "{\"description\":\"Docker Hub\",\"password\":\"\",\"revision\":1}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).get("revision").asInt()).isEqualTo(2);
        assertThat(post("credentials/registry", "{\"description\":\"stale\",\"revision\":1}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(post("credentials/registry", "{\"id\":\"renamed\"}").statusCode())
                .isEqualTo(400);

        HttpResponse<String> validated = post(
                "kubeconfig/validate",
                JSON.createObjectNode().put("kubeconfig", Kubeconfigs.broken()).toString());
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(validated.body()).get("valid").asBoolean()).isFalse();
        assertThat(validated.body()).doesNotContain("broken-token-0123456789");

        // Chinese messages for a Chinese browser, naming the field.
        HttpResponse<String> chinese = send(authorised(api("credentials"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(secretText("bad id").toString())));
        assertThat(chinese.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(chinese.body()).get("error");
        assertThat(error.get("field").asText()).isEqualTo("id");
        assertThat(error.get("message").asText()).contains("只能包含字母");

        ok(cli.run("exec", "--id", "gh-token", "--consumer", "nightly-release", "--", "true"));
        JsonNode used = JSON.readTree(get("credentials/gh-token").body());
        assertThat(used.at("/lastUsed/consumer").asText())
                .as("a use recorded by another process")
                .isEqualTo("nightly-release");
        HttpResponse<String> refused = post("credentials/gh-token/delete", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body())
                        .at("/error/whereUsed/uses/0/consumer")
                        .asText())
                .isEqualTo("nightly-release");
        assertThat(JSON.readTree(get("credentials/gh-token/where-used").body()).get("uses"))
                .hasSize(1);
        HttpResponse<String> forced = post("credentials/gh-token/delete?force=true", "");
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(forced.body()).get("dependents"))
                .extracting(JsonNode::asText)
                .containsExactly("nightly-release");
        assertThat(get("credentials/gh-token").statusCode()).isEqualTo(404);

        ok(cli.runWithInput(token, "create", "--type", "secret-text", "--id", "from-the-cli"));
        assertThat(get("credentials").body())
                .as("a credential another process created")
                .contains("from-the-cli");
    }

    @Test
    void changesThroughTheApiAreTheWorkbenchsAndShareOneHistoryWithTheCli() throws Exception {
        String user = System.getProperty("user.name");
        assertThat(post("credentials", secretText("gh-token").toString()).statusCode())
                .isEqualTo(201);
        assertThat(post(
                                "credentials/gh-token",
                                JSON.createObjectNode()
                                        .put("description", "GitHub")
                                        .toString())
                        .statusCode())
                .isEqualTo(200);
        ok(cli.run("update", "gh-token", "--description", "GitHub API token"));

        HttpResponse<String> response = get("credentials/gh-token/history");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode history = JSON.readTree(response.body());
        assertThat(history.get("exists").asBoolean()).isTrue();
        assertThat(history.get("items"))
                .extracting(i -> i.get("source").asText())
                .containsExactly("workbench-cli", "workbench", "workbench");
        assertThat(history.get("items"))
                .extracting(i -> i.get("actor").asText())
                .containsOnly(user);
        assertThat(history.get("items"))
                .extracting(i -> i.get("fields").toString())
                .containsExactly("[\"description\"]", "[\"description\"]", "[\"scope\",\"token\"]");
        Cli.Result fromCli = cli.run("history", "gh-token", "--json");
        ok(fromCli);
        assertThat(JSON.readTree(fromCli.out()))
                .as("the CLI prints the API's JSON")
                .isEqualTo(history);

        assertThat(post("credentials/gh-token/delete", "").statusCode()).isEqualTo(200);
        JsonNode deleted = JSON.readTree(get("credentials/gh-token/history").body());
        assertThat(deleted.get("exists").asBoolean()).isFalse();
        assertThat(deleted.at("/items/0/action").asText()).isEqualTo("deleted");
        assertThat(deleted.at("/items/0/source").asText()).isEqualTo("workbench");
        assertThat(get("credentials/nope/history").statusCode()).isEqualTo(404);
    }

    @Test
    void serveAppliesItsExpiryThresholdToTheApi() throws Exception {
        String soon = secrets.secret(TestJwts.withExpiry(Instant.now().plus(Duration.ofDays(20))));
        ObjectNode jwt = JSON.createObjectNode()
                .put("id", "oidc-token")
                .put("type", "secret-text")
                .put("token", soon);
        assertThat(post("credentials", jwt.toString()).statusCode()).isEqualTo(201);
        assertThat(post("credentials", secretText("gh-token").toString()).statusCode())
                .isEqualTo(201);

        JsonNode byDefault = JSON.readTree(get("expiring").body());
        assertThat(byDefault.get("thresholdDays").asInt()).isEqualTo(14);
        assertThat(byDefault.get("expiring").asInt()).isZero();
        assertThat(JSON.readTree(get("credentials/oidc-token").body())
                        .at("/expiry/status")
                        .asText())
                .isEqualTo("valid");

        server.close();
        server = ServerProcess.start(cli, secrets, "--expiry-days", "30");

        JsonNode wider = JSON.readTree(get("expiring").body());
        assertThat(wider.get("thresholdDays").asInt()).isEqualTo(30);
        assertThat(wider.get("expiring").asInt()).isEqualTo(1);
        assertThat(wider.at("/soonest/id").asText()).isEqualTo("oidc-token");
        JsonNode list = JSON.readTree(get("credentials?expiring=true").body());
        assertThat(list.get("items")).extracting(i -> i.get("id").asText()).containsExactly("oidc-token");
        assertThat(list.at("/items/0/expiry/status").asText()).isEqualTo("expiring");
    }

    @Test
    void servesThePageFilesOfTheJarAndNothingElse() throws Exception {
        Map<String, String> types = Map.of(
                "html",
                "text/html",
                "js",
                "text/javascript",
                "css",
                "text/css",
                "json",
                "application/json",
                "properties",
                "text/plain");
        try (JarFile jar = new JarFile(Jvm.workbenchJar().toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!name.startsWith(WEBAPP) || entry.isDirectory()) {
                    continue;
                }
                String path = "/" + name.substring(WEBAPP.length());
                HttpResponse<String> response =
                        send(HttpRequest.newBuilder(page(path)).GET());
                String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                if (types.containsKey(extension)) {
                    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                            .as(path)
                            .startsWith(types.get(extension));
                }
            }
        }
        HttpResponse<String> root = send(HttpRequest.newBuilder(page("/")).GET());
        assertThat(root.statusCode()).isEqualTo(hasIndexPage() ? 200 : 404);
        if (hasIndexPage()) {
            assertThat(root.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(root.body()).doesNotContain(server.token());
        }
        for (String outside : List.of(
                "/../../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fpom.xml",
                "/.hidden.js",
                "/io/jenkins/plugins/workbenchcredentials/messages.properties",
                "/META-INF/MANIFEST.MF",
                "/api",
                "/server.token")) {
            String response = RawHttp.exchange(
                    server.port(),
                    "GET " + outside + " HTTP/1.1\nHost: 127.0.0.1:" + server.port() + "\nConnection: close\n\n");
            assertThat(RawHttp.status(response)).as(outside).isIn(400, 401, 404);
            assertThat(response).as(outside).doesNotContain("root:", server.token(), "id.required=");
        }
    }

    private static boolean hasIndexPage() throws Exception {
        try (JarFile jar = new JarFile(Jvm.workbenchJar().toFile())) {
            return jar.getEntry(WEBAPP + "index.html") != null;
        }
    }

    private ObjectNode secretText(String id) {
        return JSON.createObjectNode().put("id", id).put("type", "secret-text").put("token", token);
    }

    private URI api(String path) {
        return URI.create(server.base() + "/api/" + path);
    }

    private URI page(String path) {
        return URI.create(server.base() + path);
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).header("X-Workbench-Token", server.token());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(authorised(api(path)).GET());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return send(authorised(api(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        responses.add(response);
        secrets.assertNoneIn(response.body());
        return response;
    }

    private static void ok(Cli.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }
}
