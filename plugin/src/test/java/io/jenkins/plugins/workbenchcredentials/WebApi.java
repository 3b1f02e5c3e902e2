package io.jenkins.plugins.workbenchcredentials;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.json.JSONObject;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jvnet.hudson.test.JenkinsRule;

/** HTTP calls a browser would make: the workbench's JSON API and the credentials plugin's endpoints. */
public final class WebApi {
    private final JenkinsRule.WebClient wc;

    public WebApi(JenkinsRule r, String user) throws Exception {
        wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        if (user != null) {
            wc.login(user);
        }
    }

    /**
     * Answers are taken as the server sent them, without redirects followed: what an API client sees.
     * Used to see how Jenkins itself turns a request away before the plugin runs.
     */
    public WebApi withoutRedirects() {
        wc.withRedirectEnabled(false);
        return this;
    }

    public record Response(int status, String body) {
        public JSONObject json() {
            return JSONObject.fromObject(body);
        }
    }

    public Response get(String path) throws Exception {
        return call(new WebRequest(new URL(wc.getContextPath() + path), HttpMethod.GET));
    }

    /** A POST with the CSRF crumb, as the page sends it. */
    public Response postJson(String path, String json) throws Exception {
        WebRequest request = new WebRequest(wc.createCrumbedUrl(path), HttpMethod.POST);
        request.setAdditionalHeader("Content-Type", "application/json");
        request.setRequestBody(json);
        return call(request);
    }

    /** A POST without the crumb, as a forged cross-site request would be. */
    public Response postJsonWithoutCrumb(String path, String json) throws Exception {
        WebRequest request = new WebRequest(new URL(wc.getContextPath() + path), HttpMethod.POST);
        request.setAdditionalHeader("Content-Type", "application/json");
        request.setRequestBody(json);
        return call(request);
    }

    public Response postXml(String path, String xml) throws Exception {
        WebRequest request = new WebRequest(wc.createCrumbedUrl(path), HttpMethod.POST);
        request.setAdditionalHeader("Content-Type", "application/xml");
        request.setRequestBody(xml);
        return call(request);
    }

    /** A structured form submission ({@code json} parameter), as Jenkins' credential dialogs post it. */
    public Response postForm(String path, JSONObject form) throws Exception {
        WebRequest request = new WebRequest(new URL(wc.getContextPath() + path), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("json", form.toString())));
        wc.addCrumb(request);
        return call(request);
    }

    /**
     * The answer itself, never made into a page: no script of it runs and no {@code <meta refresh>} of it
     * is followed, so the status and body are the ones the server sent.
     */
    private Response call(WebRequest request) throws Exception {
        request.setCharset(StandardCharsets.UTF_8);
        WebResponse response = wc.loadWebResponse(request);
        return new Response(response.getStatusCode(), response.getContentAsString(StandardCharsets.UTF_8));
    }
}
