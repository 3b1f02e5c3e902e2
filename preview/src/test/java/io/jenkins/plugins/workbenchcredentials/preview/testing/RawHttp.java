package io.jenkins.plugins.workbenchcredentials.preview.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand, for what a well-behaved client will not send: a forged {@code Host}
 * header, or a large {@code Content-Length} with no body behind it.
 */
public final class RawHttp {
    private RawHttp() {}

    /** Sends the request head (and nothing more), then returns everything the server answers. */
    public static String exchange(int port, String head) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            // Read until the response is complete: its headers and the body of the length they give.
            while (!complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                answer.write(buffer, 0, read);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = response.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return true;
        }
        int lineEnd = head.indexOf("\r\n", at);
        int length = Integer.parseInt(
                head.substring(at + 15, lineEnd < 0 ? head.length() : lineEnd).strip());
        return response.length() - (end + 4) >= length;
    }

    public static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
