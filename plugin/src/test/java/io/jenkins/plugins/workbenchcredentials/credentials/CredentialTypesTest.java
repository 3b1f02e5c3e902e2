package io.jenkins.plugins.workbenchcredentials.credentials;

import static io.jenkins.plugins.workbenchcredentials.Fixtures.BAD_ID_MESSAGE;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.KUBECONFIG;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.adminAndReader;
import static io.jenkins.plugins.workbenchcredentials.Fixtures.stored;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.ExtensionList;
import hudson.cli.CLICommandInvoker;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.workbenchcredentials.WebApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONObject;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlElementUtil;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The three credential types through Jenkins' own paths: the credentials form, REST XML and CLI XML. */
@WithJenkins
class CredentialTypesTest {
    private static final String SYSTEM_DOMAIN = "manage/credentials/store/system/domain/_/";

    @Test
    void eachTypeIsCreatedThroughTheCredentialsForm(JenkinsRule r) throws Exception {
        WebApi web = new WebApi(r, null);

        assertThat(
                web.postForm(
                                SYSTEM_DOMAIN + "createCredentials",
                                form(
                                        WorkbenchUsernamePasswordCredentials.class,
                                        new JSONObject()
                                                .element("id", "registry")
                                                .element("description", "Container registry")
                                                .element("username", "ci-bot")
                                                .element("password", "pa55word")))
                        .status(),
                is(200));
        assertThat(
                web.postForm(
                                SYSTEM_DOMAIN + "createCredentials",
                                form(
                                        WorkbenchSecretTextCredentials.class,
                                        new JSONObject()
                                                .element("id", "gh-token")
                                                .element("secret", "ghp_token")))
                        .status(),
                is(200));
        assertThat(
                web.postForm(
                                SYSTEM_DOMAIN + "createCredentials",
                                form(
                                        WorkbenchKubeconfigCredentials.class,
                                        new JSONObject()
                                                .element("id", "dev-kube")
                                                .element("kubeconfig", KUBECONFIG)
                                                .element("defaultContext", "prod")
                                                .element("defaultNamespace", "api")))
                        .status(),
                is(200));

        StandardUsernamePasswordCredentials up = (StandardUsernamePasswordCredentials) stored("registry");
        assertThat(up, instanceOf(WorkbenchUsernamePasswordCredentials.class));
        assertEquals("ci-bot", up.getUsername());
        assertEquals("pa55word", up.getPassword().getPlainText());
        assertEquals("Container registry", up.getDescription());
        assertEquals(CredentialsScope.GLOBAL, up.getScope());
        assertEquals(
                "ghp_token",
                ((StringCredentials) stored("gh-token")).getSecret().getPlainText());
        WorkbenchKubeconfigCredentials kube = (WorkbenchKubeconfigCredentials) stored("dev-kube");
        assertEquals("prod", kube.getDefaultContext());
        assertEquals("api", kube.getDefaultNamespace());
        assertEquals("kubeconfig", ((FileCredentials) kube).getFileName());
        assertEquals(KUBECONFIG, new String(kube.getContent().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(1, kube.getRevision());
        assertEquals(kube.getCreatedAt(), kube.getUpdatedAt());
    }

    /**
     * The dialogs' forms are fragments that Jenkins' credentials page inserts into itself, where Jenkins'
     * scripts are already loaded; they are read here as that page would receive them, without running
     * scripts of their own.
     */
    @Test
    void theFormsRenderForNewAndExistingCredentials(JenkinsRule r) throws Exception {
        addKubeconfig("dev-kube");
        JenkinsRule.WebClient wc = r.createWebClient().withJavaScriptEnabled(false);
        Map<Class<?>, List<String>> fields = Map.of(
                WorkbenchUsernamePasswordCredentials.class, List.of("_.username", "_.password"),
                WorkbenchSecretTextCredentials.class, List.of("_.secret"),
                WorkbenchKubeconfigCredentials.class,
                        List.of("_.kubeconfig", "_.defaultContext", "_.defaultNamespace"));

        for (Map.Entry<Class<?>, List<String>> type : fields.entrySet()) {
            HtmlPage form =
                    wc.goTo(SYSTEM_DOMAIN + "dialog2?kind=" + type.getKey().getName());

            assertThat(form.getElementsByName("_.id"), not(empty()));
            assertThat(form.getWebResponse().getContentAsString(), containsString("checkCredentialId"));
            assertThat(form.getElementsByName("_.description"), not(empty()));
            for (String field : type.getValue()) {
                assertThat(type.getKey().getName() + " " + field, form.getElementsByName(field), not(empty()));
            }
        }
        HtmlPage edit = wc.goTo(SYSTEM_DOMAIN + "credential/dev-kube/updateDialog");
        HtmlInput id = edit.getElementByName("_.id");
        assertEquals("dev-kube", id.getAttribute("value"));
        assertTrue(id.hasAttribute("readonly"));
        assertThat(edit.getElementsByName("_.defaultContext"), not(empty()));
        assertThat(edit.getWebResponse().getContentAsString(), not(containsString("s3cr3t-kube-token")));
    }

    /**
     * The add dialog as a user meets it, with Jenkins' own scripts running (the test fails on any script
     * error): Jenkins' credentials page, its Add button, the type list, Next, the form, Create.
     */
    @Test
    void eachTypeIsCreatedThroughJenkinsAddCredentialsDialog(JenkinsRule r) throws Exception {
        try (JenkinsRule.WebClient wc = r.createWebClient()) {
            HtmlForm registry = openAddDialog(r, wc, WorkbenchUsernamePasswordCredentials.class);
            registry.getInputByName("_.id").setValue("registry");
            registry.getInputByName("_.username").setValue("ci-bot");
            registry.getInputByName("_.password").setValue("pa55word");
            HtmlElementUtil.click(registry.querySelector("#cr-dialog-submit"));
            wc.waitForBackgroundJavaScript(10_000);

            HtmlForm token = openAddDialog(r, wc, WorkbenchSecretTextCredentials.class);
            token.getInputByName("_.id").setValue("gh-token");
            token.getInputByName("_.secret").setValue("ghp_token");
            HtmlElementUtil.click(token.querySelector("#cr-dialog-submit"));
            wc.waitForBackgroundJavaScript(10_000);

            HtmlForm kube = openAddDialog(r, wc, WorkbenchKubeconfigCredentials.class);
            assertThat(kube.getTextAreaByName("_.kubeconfig"), notNullValue());
            assertThat(kube.getInputByName("_.defaultContext"), notNullValue());
            assertThat(kube.getInputByName("_.defaultNamespace"), notNullValue());
        }

        StandardUsernamePasswordCredentials up = (StandardUsernamePasswordCredentials) stored("registry");
        assertThat(up, instanceOf(WorkbenchUsernamePasswordCredentials.class));
        assertEquals("ci-bot", up.getUsername());
        assertEquals("pa55word", up.getPassword().getPlainText());
        assertEquals(
                "ghp_token",
                ((WorkbenchSecretTextCredentials) stored("gh-token"))
                        .getSecret()
                        .getPlainText());
    }

    /** Opens Jenkins' credentials page, the add dialog, picks {@code type} and goes to its form. */
    private static HtmlForm openAddDialog(JenkinsRule r, JenkinsRule.WebClient wc, Class<? extends Describable<?>> type)
            throws Exception {
        String displayName = r.jenkins.getDescriptor(type).getDisplayName();
        HtmlPage page = wc.goTo("credentials/");
        HtmlElementUtil.click(page.querySelector("button[data-type='credentials-add-store-item']"));
        wc.waitForBackgroundJavaScript(10_000);
        HtmlForm dialog = page.getFormByName("dialog");
        boolean picked = false;
        for (DomNode option : dialog.querySelectorAll(".jenkins-choice-list__item")) {
            if (option instanceof HtmlElement item && item.getVisibleText().contains(displayName)) {
                HtmlElementUtil.click(item.querySelector(".jenkins-choice-list__item input"));
                picked = true;
                break;
            }
        }
        assertTrue(picked, displayName + " is offered in the add dialog");
        HtmlElementUtil.click(page.querySelector("#cr-dialog-next"));
        wc.waitForBackgroundJavaScript(10_000);
        return page.getFormByName("newCredentials");
    }

    /**
     * The full pages a user opens, with Jenkins' own scripts running (the test fails on any script error):
     * the store's list, which offers the add dialog, and a workbench credential's own page.
     */
    @Test
    void jenkinsCredentialPagesShowWorkbenchCredentialsWithTheirScriptsRunning(JenkinsRule r) throws Exception {
        addKubeconfig("dev-kube");
        JenkinsRule.WebClient wc = r.createWebClient();

        HtmlPage list = wc.goTo(SYSTEM_DOMAIN);
        HtmlPage credential = wc.goTo(SYSTEM_DOMAIN + "credential/dev-kube/");

        assertThat(list.getWebResponse().getContentAsString(), containsString("credential/dev-kube"));
        assertThat(list.querySelector("[data-type=credentials-add-store-item]"), notNullValue());
        assertThat(credential.getWebResponse().getContentAsString(), containsString("dev-kube"));
        assertThat(credential.getWebResponse().getContentAsString(), not(containsString("s3cr3t-kube-token")));
    }

    @Test
    void anEditThroughTheFormKeepsTheCreationTimeAndTheSecretAndCountsARevision(JenkinsRule r) throws Exception {
        WorkbenchSecretTextCredentials original = new WorkbenchSecretTextCredentials(
                CredentialsScope.GLOBAL, "gh-token", "old", Secret.fromString("ghp_token"));
        SystemCredentialsProvider.getInstance().getCredentials().add(original);
        SystemCredentialsProvider.getInstance().save();
        Thread.sleep(5); // so that a new creation time would differ

        // The dialog posts the stored secret back encrypted when it is left unchanged.
        JSONObject edit = new JSONObject()
                .element("stapler-class", WorkbenchSecretTextCredentials.class.getName())
                .element("$class", WorkbenchSecretTextCredentials.class.getName())
                .element("scope", "GLOBAL")
                .element("id", "gh-token")
                .element("description", "new")
                .element("secret", original.getSecret().getEncryptedValue());
        assertThat(
                new WebApi(r, null)
                        .postForm(SYSTEM_DOMAIN + "credential/gh-token/updateSubmit", edit)
                        .status(),
                is(200));

        WorkbenchSecretTextCredentials updated = (WorkbenchSecretTextCredentials) stored("gh-token");
        assertEquals("new", updated.getDescription());
        assertEquals("ghp_token", updated.getSecret().getPlainText());
        assertEquals(original.getCreatedAt(), updated.getCreatedAt());
        assertTrue(updated.getUpdatedAt().isAfter(original.getUpdatedAt()));
        assertEquals(2, updated.getRevision());
    }

    @Test
    void anInvalidIdIsRefusedByTheForm(JenkinsRule r) throws Exception {
        WebApi.Response response = new WebApi(r, null)
                .postForm(
                        SYSTEM_DOMAIN + "createCredentials",
                        form(
                                WorkbenchSecretTextCredentials.class,
                                new JSONObject().element("id", "gh token").element("secret", "ghp_token")));

        assertThat(response.status(), greaterThanOrEqualTo(400));
        assertThat(response.body(), containsString(BAD_ID_MESSAGE));
        assertThat(stored("gh token"), nullValue());
    }

    @Test
    void anInvalidKubeconfigIsRefusedByTheForm(JenkinsRule r) throws Exception {
        WebApi.Response response = new WebApi(r, null)
                .postForm(
                        SYSTEM_DOMAIN + "createCredentials",
                        form(
                                WorkbenchKubeconfigCredentials.class,
                                new JSONObject().element("id", "kube").element("kubeconfig", "clusters: [")));

        assertThat(response.status(), greaterThanOrEqualTo(400));
        assertThat(response.body(), containsString("not valid"));
        assertThat(stored("kube"), nullValue());
    }

    @Test
    void aDefaultContextMissingFromTheKubeconfigIsRefused(JenkinsRule r) {
        Descriptor.FormException e = assertThrows(
                Descriptor.FormException.class,
                () -> new WorkbenchKubeconfigCredentials(
                        CredentialsScope.GLOBAL, "kube", "", Secret.fromString(KUBECONFIG), "staging", null));

        assertEquals("defaultContext", e.getFormField());
        assertThat(e.getMessage(), containsString("dev, prod"));
    }

    @Test
    void anInvalidIdIsRefusedByRestXml(JenkinsRule r) throws Exception {
        WebApi web = new WebApi(r, null);

        WebApi.Response refused = web.postXml(SYSTEM_DOMAIN + "createCredentials", secretTextXml("gh token"));
        WebApi.Response accepted = web.postXml(SYSTEM_DOMAIN + "createCredentials", secretTextXml("gh-token"));

        assertThat(refused.status(), greaterThanOrEqualTo(400));
        assertThat(stored("gh token"), nullValue());
        assertThat(accepted.status(), is(200));
        WorkbenchSecretTextCredentials created = (WorkbenchSecretTextCredentials) stored("gh-token");
        assertEquals("ghp_token", created.getSecret().getPlainText());
        assertThat("times set on the way in", created.getCreatedAt().toEpochMilli() > 0, is(true));
    }

    @Test
    void anInvalidIdIsRefusedByTheCredentialsPluginsCli(JenkinsRule r) {
        CLICommandInvoker.Result result = new CLICommandInvoker(r, "create-credentials-by-xml")
                .withStdin(new ByteArrayInputStream(secretTextXml("gh token").getBytes(StandardCharsets.UTF_8)))
                .invokeWithArgs("system::system::jenkins", "_");

        assertThat(result.returnCode(), not(is(0)));
        assertThat(result.stderr(), containsString(BAD_ID_MESSAGE));
        assertThat(stored("gh token"), nullValue());
    }

    @Test
    void theIdCheckOfTheFormAppliesTheIdRule(JenkinsRule r) {
        WorkbenchSecretTextCredentials.DescriptorImpl descriptor =
                ExtensionList.lookupSingleton(WorkbenchSecretTextCredentials.DescriptorImpl.class);

        assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckCredentialId(r.jenkins, "gh token").kind);
        assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckCredentialId(r.jenkins, "x".repeat(129)).kind);
        assertEquals(FormValidation.Kind.OK, descriptor.doCheckCredentialId(r.jenkins, "gh-token").kind);
    }

    @Test
    void theKubeconfigCheckAnswersOnlyThoseWhoMaySaveCredentials(JenkinsRule r) {
        adminAndReader(r, "admin");
        WorkbenchKubeconfigCredentials.DescriptorImpl descriptor =
                ExtensionList.lookupSingleton(WorkbenchKubeconfigCredentials.DescriptorImpl.class);

        try (ACLContext ignored = ACL.as2(User.getById("admin", true).impersonate2())) {
            assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckKubeconfig(r.jenkins, "clusters: [").kind);
            assertEquals(FormValidation.Kind.OK, descriptor.doCheckKubeconfig(r.jenkins, KUBECONFIG).kind);
            assertEquals(
                    FormValidation.Kind.ERROR, descriptor.doCheckDefaultContext(r.jenkins, "staging", KUBECONFIG).kind);
        }
        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            assertEquals(FormValidation.Kind.OK, descriptor.doCheckKubeconfig(r.jenkins, "clusters: [").kind);
        }
    }

    @Test
    void theUsernameIsNotTreatedAsSecret(JenkinsRule r) throws Exception {
        WorkbenchUsernamePasswordCredentials c = new WorkbenchUsernamePasswordCredentials(
                CredentialsScope.GLOBAL, "registry", "", "ci-bot", Secret.fromString("pa55word"));

        assertFalse(c.isUsernameSecret());
    }

    private static void addKubeconfig(String id) throws Descriptor.FormException, IOException {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new WorkbenchKubeconfigCredentials(
                        CredentialsScope.GLOBAL, id, "", Secret.fromString(KUBECONFIG), null, null));
        SystemCredentialsProvider.getInstance().save();
    }

    private static JSONObject form(Class<?> type, JSONObject fields) {
        JSONObject credentials = new JSONObject()
                .element("stapler-class", type.getName())
                .element("$class", type.getName())
                .element("scope", "GLOBAL");
        credentials.putAll(fields);
        return new JSONObject().element("credentials", credentials);
    }

    private static String secretTextXml(String id) {
        return "<" + WorkbenchSecretTextCredentials.class.getName() + ">"
                + "<scope>GLOBAL</scope><id>" + id + "</id><description></description><secret>ghp_token</secret>"
                + "</" + WorkbenchSecretTextCredentials.class.getName() + ">";
    }
}
