package io.jenkins.plugins.workbenchcredentials.page;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.workbenchcredentials.api.ApiRequest;
import io.jenkins.plugins.workbenchcredentials.api.ApiResponse;
import io.jenkins.plugins.workbenchcredentials.api.JsonMapping;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Serves the core's JSON API below a workbench page: {@code …/api/credentials}, {@code …/api/credentials/ID},
 * and so on. The core's service checks View, Create, Update or Delete on the store for every call, and
 * changes only on POST, which Jenkins accepts only with the CSRF crumb.
 */
final class ApiEndpoint {
    private ApiEndpoint() {}

    static void serve(@CheckForNull Workbench workbench, StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        if (workbench == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = req.getRestOfPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        ApiRequest request = new ApiRequest(req.getMethod(), path, queryParameters(req), body(req), req.getLocale());
        ApiResponse response = workbench.api().handle(request);
        rsp.setStatus(response.status());
        rsp.setContentType(ApiResponse.CONTENT_TYPE);
        rsp.setHeader("Cache-Control", "no-store");
        rsp.getWriter().write(response.json());
    }

    private static Map<String, String> queryParameters(StaplerRequest2 req) {
        Map<String, String> params = new HashMap<>();
        req.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                params.put(name, values[0]);
            }
        });
        return params;
    }

    /** At most one byte more than the API accepts, so it can refuse a larger body without holding it. */
    private static byte[] body(StaplerRequest2 req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            return in.readNBytes(JsonMapping.MAX_BODY_BYTES + 1);
        }
    }
}
