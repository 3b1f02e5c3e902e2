package io.jenkins.plugins.workbenchcredentials.expiry;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.add;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.jwt;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.ExtensionList;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.WebApi;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchKubeconfigCredentials;
import io.jenkins.plugins.workbenchcredentials.credentials.WorkbenchSecretTextCredentials;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.Stapler;

/**
 * Administrators are told of workbench credentials that have expired or soon expire: the monitor, its
 * message and link, who sees it, the threshold in the security configuration, the API's filter.
 */
@WithJenkins
class ExpiringCredentialsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private JenkinsRule r;
    private ExpiringCredentialsMonitor monitor;

    @BeforeEach
    void setUp(JenkinsRule r) throws Exception {
        this.r = r;
        monitor = ExtensionList.lookupSingleton(ExpiringCredentialsMonitor.class);
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        Folder team = r.jenkins.createProject(Folder.class, "team");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ)
                .everywhere()
                .to("outsider", "team-lead")
                .grant(Item.READ, CredentialsProvider.VIEW)
                .onItems(team)
                .to("team-lead"));
    }

    @Test
    void aCredentialExpiringWithinTheThresholdActivatesTheMonitorUntilItIsRenewed() throws Exception {
        add(r.jenkins, token("later", Duration.ofDays(60)));
        ExpiringCredentials.get().refreshAll();
        assertFalse(monitor.isActivated());

        add(r.jenkins, token("deploy-token", Duration.ofDays(3)));
        await(monitor::isActivated);

        String manage = r.createWebClient()
                .withJavaScriptEnabled(false)
                .login("admin")
                .goTo("manage/")
                .getWebResponse()
                .getContentAsString();
        assertThat(manage, containsString("deploy-token"));
        assertThat(manage, containsString("0 expired, 1 expiring within 14 days"));
        assertThat(manage, containsString("manage/workbench-credentials/?expiring=true"));

        WorkbenchSecretTextCredentials current = (WorkbenchSecretTextCredentials) stored("deploy-token");
        Workbench.ownStore(r.jenkins)
                .updateCredentials(Domain.global(), current, token("deploy-token", Duration.ofDays(90)));
        await(() -> !monitor.isActivated());
    }

    @Test
    void onlyThoseWhoMayViewAStoreSeeItsCredentials() throws Exception {
        Folder team = (Folder) r.jenkins.getItem("team");
        add(team, token("team-token", Duration.ofDays(-1)));
        add(r.jenkins, token("jenkins-token", Duration.ofDays(2)));
        ExpiringCredentials.get().refreshAll();
        assertTrue(monitor.isActivated());

        List<StoreExpiry> forAdmin = as("admin", monitor::getStores);
        List<StoreExpiry> forTeamLead = as("team-lead", monitor::getStores);
        List<StoreExpiry> forOutsider = as("outsider", monitor::getStores);

        assertEquals(2, forAdmin.size());
        assertTrue(forAdmin.get(0).isJenkins());
        assertEquals("team", forAdmin.get(1).getFolder());
        assertEquals(1, forTeamLead.size());
        assertEquals("team-token", forTeamLead.get(0).getSoonestId());
        assertTrue(forTeamLead.get(0).isSoonestExpired());
        assertEquals(
                "job/team/workbench-credentials/?expiring=true",
                forTeamLead.get(0).getUrl());
        assertTrue(forOutsider.isEmpty());
        assertTrue(as("admin", monitor::hasRequiredPermission));
        assertFalse(as("outsider", monitor::hasRequiredPermission));
    }

    @Test
    void theThresholdIsSetInTheSecurityConfigurationAndChecked() throws Exception {
        add(r.jenkins, token("in-twenty-days", Duration.ofDays(20)));
        ExpiringCredentials.get().refreshAll();
        assertFalse(monitor.isActivated());

        ExpiryConfiguration.get().setExpiryThresholdDays(30);
        await(monitor::isActivated);
        assertEquals(30, ExpiryConfiguration.get().policy().thresholdDays());

        JSONObject expiring = new WebApi(r, "admin")
                .get("manage/workbench-credentials/api/expiring")
                .json();
        assertEquals(30, expiring.getInt("thresholdDays"));
        assertEquals(1, expiring.getInt("expiring"));
        JSONObject filtered = new WebApi(r, "admin")
                .get("manage/workbench-credentials/api/credentials?expiring=true")
                .json();
        assertEquals(1, filtered.getJSONObject("pagination").getInt("total"));
        assertEquals(
                "expiring",
                filtered.getJSONArray("items")
                        .getJSONObject(0)
                        .getJSONObject("expiry")
                        .getString("status"));

        Exception refused = assertThrows(
                IllegalArgumentException.class, () -> ExpiryConfiguration.get().setExpiryThresholdDays(0));
        assertThat(refused.getMessage(), containsString("365"));
        assertEquals(30, ExpiryConfiguration.get().getExpiryThresholdDays());
    }

    /**
     * The security configuration shows the field; its submission and check refuse a bad value naming the
     * field and the bounds, and keep the one in force. (Submitting the whole security page here would also
     * rebind the test's security realm and authorization, which have no form.)
     */
    @Test
    void theSecurityConfigurationShowsTheThresholdAndRefusesABadOne() throws Exception {
        HtmlPage security =
                r.createWebClient().withJavaScriptEnabled(false).login("admin").goTo("manage/configureSecurity/");
        HtmlInput days = security.getFormByName("config").getInputByName("_.expiryThresholdDays");
        assertEquals("14", days.getValue());

        r.executeOnServer(() -> {
            ExpiryConfiguration config = ExpiryConfiguration.get();
            config.configure(Stapler.getCurrentRequest2(), new JSONObject().element("expiryThresholdDays", "7"));
            Descriptor.FormException tooLong = assertThrows(
                    Descriptor.FormException.class,
                    () -> config.configure(
                            Stapler.getCurrentRequest2(), new JSONObject().element("expiryThresholdDays", "400")));
            Descriptor.FormException notANumber = assertThrows(
                    Descriptor.FormException.class,
                    () -> config.configure(
                            Stapler.getCurrentRequest2(), new JSONObject().element("expiryThresholdDays", "two")));
            assertEquals("expiryThresholdDays", tooLong.getFormField());
            assertThat(tooLong.getMessage(), containsString("365"));
            assertEquals("expiryThresholdDays", notANumber.getFormField());
            return null;
        });
        assertEquals(7, ExpiryConfiguration.get().getExpiryThresholdDays());

        try (ACLContext ignored = ACL.as2(User.getById("admin", true).impersonate2())) {
            assertEquals(FormValidation.Kind.OK, ExpiryConfiguration.get().doCheckExpiryThresholdDays("30").kind);
            assertEquals(FormValidation.Kind.ERROR, ExpiryConfiguration.get().doCheckExpiryThresholdDays("0").kind);
            assertEquals(FormValidation.Kind.ERROR, ExpiryConfiguration.get().doCheckExpiryThresholdDays("x").kind);
        }
    }

    @Test
    void aKubeconfigWhoseExpiryCannotBeKnownIsShownAsUnknown() throws Exception {
        add(
                r.jenkins,
                new WorkbenchKubeconfigCredentials(
                        CredentialsScope.GLOBAL,
                        "exec-kube",
                        "",
                        Secret.fromString(String.join(
                                "\n",
                                "apiVersion: v1",
                                "kind: Config",
                                "current-context: eks",
                                "clusters:",
                                "- name: eks",
                                "  cluster: {server: 'https://eks.example.com'}",
                                "users:",
                                "- name: aws",
                                "  user:",
                                "    exec:",
                                "      apiVersion: client.authentication.k8s.io/v1beta1",
                                "      command: aws",
                                "contexts:",
                                "- name: eks",
                                "  context: {cluster: eks, user: aws}",
                                "")),
                        null,
                        null));

        JSONObject view = new WebApi(r, "admin")
                .get("manage/workbench-credentials/api/credentials/exec-kube")
                .json();

        assertEquals("unknown", view.getJSONObject("expiry").getString("status"));
        assertEquals(
                "exec", view.getJSONObject("expiry").getJSONObject("unknown").getString("reason"));
        assertThat(view.toString(), not(containsString("\"valid\"")));
    }

    private static WorkbenchSecretTextCredentials token(String id, Duration fromNow) throws Exception {
        return new WorkbenchSecretTextCredentials(
                CredentialsScope.GLOBAL,
                id,
                "",
                Secret.fromString(jwt(Instant.now().plus(fromNow))));
    }

    private static <T> T as(String user, Supplier<T> read) {
        try (ACLContext ignored = ACL.as2(User.getById(user, true).impersonate2())) {
            return read.get();
        }
    }

    /** Changes are worked out in the background: waits for it, failing after a while. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WAIT);
            }
            Thread.sleep(100);
        }
    }
}
