package io.jenkins.plugins.workbenchcredentials.preview.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Defence against DNS rebinding: a page from another site that gets its host name resolved to this
 * machine would send that host name, not ours. Only the bound address (every local address when bound
 * to all), {@code localhost} for a loopback server, and the bound port are accepted.
 */
final class HostCheck {
    private final Set<String> hosts;
    private final int port;

    private HostCheck(Set<String> hosts, int port) {
        this.hosts = Set.copyOf(hosts);
        this.port = port;
    }

    static HostCheck forBinding(InetAddress bound, int port) {
        Set<String> hosts = new HashSet<>();
        if (bound.isAnyLocalAddress()) {
            hosts.add("localhost");
            try {
                for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress address : Collections.list(network.getInetAddresses())) {
                        hosts.add(literal(address));
                    }
                }
            } catch (SocketException e) {
                hosts.add("127.0.0.1");
            }
        } else {
            hosts.add(literal(bound));
            if (bound.isLoopbackAddress()) {
                hosts.add("localhost");
                hosts.add("127.0.0.1");
                hosts.add("[::1]");
            }
        }
        return new HostCheck(hosts, port);
    }

    /** Whether a {@code Host} header value names this server. */
    boolean accepts(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        String host = value;
        int requestedPort = 80;
        if (colon > value.lastIndexOf(']')) {
            host = value.substring(0, colon);
            try {
                requestedPort = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return requestedPort == port && hosts.contains(host);
    }

    /** An address as it appears in a Host header: IPv6 in brackets, without a zone. */
    static String literal(InetAddress address) {
        String text = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int zone = text.indexOf('%');
            if (zone >= 0) {
                text = text.substring(0, zone);
            }
            return "[" + compress(text) + "]";
        }
        return text;
    }

    /** Java prints IPv6 addresses uncompressed (0:0:0:0:0:0:0:1); browsers send the short form (::1). */
    static String compress(String ipv6) {
        String[] groups = ipv6.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength && j - i > 1) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return ipv6.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bestStart; i++) {
            out.append(i == 0 ? "" : ":").append(groups[i]);
        }
        out.append("::");
        for (int i = bestStart + bestLength; i < groups.length; i++) {
            out.append(groups[i]).append(i == groups.length - 1 ? "" : ":");
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
