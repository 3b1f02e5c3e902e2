package io.jenkins.plugins.workbenchcredentials.preview.server;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.workbenchcredentials.preview.Workbench;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's web server (the JDK's own): the page and the JSON API on one port, loopback unless told
 * otherwise. It keeps no log of requests, so no query or body can end up in one.
 */
public final class WorkbenchServer implements AutoCloseable {
    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final AccessToken token;
    private final InetAddress bound;

    private WorkbenchServer(HttpServer server, ExecutorService executor, AccessToken token, InetAddress bound) {
        this.server = server;
        this.executor = executor;
        this.token = token;
        this.bound = bound;
    }

    /** Starts serving the core's page and its API; {@code port} 0 lets the system choose one. */
    public static WorkbenchServer start(Workbench workbench, InetAddress address, int port) throws IOException {
        AccessToken token = AccessToken.loadOrCreate(workbench.store());
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        int actualPort = server.getAddress().getPort();
        StaticAssets assets = new StaticAssets(WorkbenchServer.class.getClassLoader());
        server.createContext(
                "/", new WorkbenchHttpHandler(workbench, token, HostCheck.forBinding(address, actualPort), assets));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "workbench-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new WorkbenchServer(server, executor, token, address);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Whether the server can be reached from other machines. */
    public boolean isLoopbackOnly() {
        return bound.isLoopbackAddress();
    }

    /**
     * The address to open, token included. The token is in the fragment, which browsers never send to
     * a server, so it does not reach logs or {@code Referer} headers; the page reads it from there.
     */
    public String pageUrl() {
        String host = bound.isAnyLocalAddress() ? "127.0.0.1" : HostCheck.literal(bound);
        return "http://" + host + ":" + port() + "/#token=" + token.value();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
