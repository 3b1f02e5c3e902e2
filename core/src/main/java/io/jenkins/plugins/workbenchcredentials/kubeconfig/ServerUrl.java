package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A cluster's {@code server}. kubectl reads a value without a scheme as https, and accepts only http and
 * https. A user-info part ({@code https://user:password@host}) is credentials, so it is replaced by
 * {@code ****} wherever the URL is shown.
 *
 * @param display the URL with any user-info redacted
 * @param scheme  {@code http} or {@code https}; {@code null} when the URL is not usable
 */
record ServerUrl(String display, String scheme) {

    boolean valid() {
        return scheme != null;
    }

    boolean plainHttp() {
        return "http".equals(scheme);
    }

    static ServerUrl parse(String server) {
        boolean hasScheme = server.contains("://");
        URI uri;
        try {
            uri = new URI(hasScheme ? server : "https://" + server);
        } catch (URISyntaxException e) {
            // Shown as typed unless it might carry user-info that cannot be told apart.
            return new ServerUrl(server.contains("@") ? null : server, null);
        }
        String userInfo = uri.getRawUserInfo();
        String display = userInfo == null ? server : server.replace(userInfo + "@", "****@");
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean usable = uri.getRawAuthority() != null && ("https".equals(scheme) || "http".equals(scheme));
        return new ServerUrl(display, usable ? scheme : null);
    }
}
