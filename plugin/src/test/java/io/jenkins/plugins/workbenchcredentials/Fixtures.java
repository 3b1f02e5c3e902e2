package io.jenkins.plugins.workbenchcredentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.ModelObject;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import jenkins.model.Jenkins;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;

/** Test data shared by the plugin's JenkinsRule tests. */
public final class Fixtures {
    /** A valid kubeconfig with two contexts, current context {@code dev}. */
    public static final String KUBECONFIG = String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: dev",
            "clusters:",
            "- name: dev-cluster",
            "  cluster:",
            "    server: https://dev.k8s.example.com:6443",
            "- name: prod-cluster",
            "  cluster:",
            "    server: https://prod.k8s.example.com:6443",
            "users:",
            "- name: deployer",
            "  user:",
            "    token: s3cr3t-kube-token",
            "contexts:",
            "- name: dev",
            "  context:",
            "    cluster: dev-cluster",
            "    user: deployer",
            "    namespace: web",
            "- name: prod",
            "  context:",
            "    cluster: prod-cluster",
            "    user: deployer",
            "");

    /** The user token in {@link #KUBECONFIG}, which a binding masks. */
    public static final String KUBE_TOKEN = "s3cr3t-kube-token";

    /** What an ID with a space is refused with (core's {@code id.badCharacter}). */
    public static final String BAD_ID_MESSAGE = "ID may contain only letters";

    private Fixtures() {}

    /** The credential of Jenkins' own store with this ID, of any type; {@code null} if none. */
    public static Credentials stored(String id) {
        for (Credentials c : SystemCredentialsProvider.getInstance().getCredentials()) {
            if (c instanceof IdCredentials ic && ic.getId().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** Adds a credential to the store that {@code context} (Jenkins, a folder) keeps itself. */
    public static void add(ModelObject context, Credentials credential) throws IOException {
        CredentialsStore store = Workbench.ownStore(context);
        if (store == null || !store.addCredentials(Domain.global(), credential)) {
            throw new IllegalStateException("Could not add a credential to the store of " + context.getDisplayName());
        }
    }

    /** A JWT that expires at {@code exp} (unsigned: only its date matters), as an access token may be. */
    public static String jwt(Instant exp) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(
                ("{\"sub\":\"ci\",\"exp\":" + exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
    }

    /**
     * Jenkins' dummy security realm (each user's password is its name), with {@code admins} allowed
     * everything and {@code reader} allowed to read Jenkins and view credentials.
     */
    public static void adminAndReader(JenkinsRule r, String... admins) {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to(admins)
                .grant(Jenkins.READ, CredentialsProvider.VIEW)
                .everywhere()
                .to("reader"));
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The messages of an exception and all its causes, to find a message however it was wrapped. */
    public static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append('\n');
        }
        return all.toString();
    }
}
