package io.jenkins.plugins.workbenchcredentials.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.model.SecretValue;
import io.jenkins.plugins.workbenchcredentials.service.CredentialInUseException;
import io.jenkins.plugins.workbenchcredentials.service.CredentialRequest;
import io.jenkins.plugins.workbenchcredentials.service.InvalidKubeconfigException;
import io.jenkins.plugins.workbenchcredentials.service.ListQuery;
import io.jenkins.plugins.workbenchcredentials.service.WorkbenchService;
import io.jenkins.plugins.workbenchcredentials.usage.WhereUsed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The workbench's JSON API, independent of any web framework: a host hands over method, path,
 * parameters and body, and sends back the status and JSON. Reads are GET; every change is a POST (the
 * method Jenkins' CSRF protection covers).
 *
 * <pre>
 * GET  credentials?query=&amp;type=&amp;sortBy=&amp;sortDir=&amp;page=&amp;pageSize=&amp;expiring=   list: {items, pagination}
 * POST credentials                         create (201)
 * GET  credentials/ID                      get
 * POST credentials/ID                      update
 * POST credentials/ID/delete?force=true    delete (409 IN_USE with whereUsed unless forced)
 * GET  credentials/ID/where-used           where-used
 * GET  credentials/ID/history              who created, changed and deleted it: {id, exists, items}
 * GET  expiring                            expired or expiring within the threshold: {thresholdDays, expired, expiring, soonest}
 * POST kubeconfig/validate                 {"kubeconfig": "..."}: contexts, problems, expiry
 * </pre>
 *
 * Errors are {@code {"error": {code, field, messageKey, message}}}, plus {@code problems} for a bad
 * kubeconfig and {@code whereUsed} for a refused delete.
 */
public final class WorkbenchJsonApi {
    private static final Logger LOGGER = Logger.getLogger(WorkbenchJsonApi.class.getName());

    private final WorkbenchService service;

    public WorkbenchJsonApi(WorkbenchService service) {
        this.service = service;
    }

    /** Body of {@code kubeconfig/validate}. */
    record KubeconfigBody(SecretValue kubeconfig) {}

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (WorkbenchException e) {
            return error(e, request);
        } catch (RuntimeException e) {
            // The message of an unexpected exception may quote input; only its type reaches the log.
            LOGGER.log(Level.WARNING, "Workbench API {0} {1} failed with {2}", new Object[] {
                request.method(), request.path(), e.getClass().getName()
            });
            return error(new WorkbenchException(ErrorCode.INTERNAL, null, "api.internalError"), request);
        }
    }

    private ApiResponse route(ApiRequest request) {
        String[] parts =
                request.path().isEmpty() ? new String[0] : request.path().split("/", -1);
        String method = request.method();
        if (parts.length == 1 && parts[0].equals("credentials")) {
            if (method.equals("GET")) {
                return ok(200, service.list(ListQuery.fromParameters(request.params())));
            }
            if (method.equals("POST")) {
                return ok(201, service.create(RequestBodies.read(request.body(), CredentialRequest.class)));
            }
            throw methodNotAllowed(method);
        }
        if (parts.length == 2 && parts[0].equals("credentials")) {
            if (method.equals("GET")) {
                return ok(200, service.get(parts[1]));
            }
            if (method.equals("POST")) {
                return ok(200, service.update(parts[1], RequestBodies.read(request.body(), CredentialRequest.class)));
            }
            throw methodNotAllowed(method);
        }
        if (parts.length == 3 && parts[0].equals("credentials") && parts[2].equals("delete")) {
            requireMethod(method, "POST");
            boolean force = "true".equals(request.params().get("force"));
            WhereUsed dependents = service.delete(parts[1], force);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("deleted", parts[1]);
            body.put("forced", force && dependents.isUsed());
            body.put("dependents", dependents.dependents());
            return ok(200, body);
        }
        if (parts.length == 3 && parts[0].equals("credentials") && parts[2].equals("where-used")) {
            requireMethod(method, "GET");
            return ok(200, service.whereUsed(parts[1]));
        }
        if (parts.length == 3 && parts[0].equals("credentials") && parts[2].equals("history")) {
            requireMethod(method, "GET");
            return ok(200, service.history(parts[1]));
        }
        if (parts.length == 1 && parts[0].equals("expiring")) {
            requireMethod(method, "GET");
            return ok(200, service.expiring());
        }
        if (parts.length == 2 && parts[0].equals("kubeconfig") && parts[1].equals("validate")) {
            requireMethod(method, "POST");
            KubeconfigBody body = RequestBodies.read(request.body(), KubeconfigBody.class);
            return ok(
                    200,
                    LocalisedProblems.of(
                            service.validateKubeconfig(
                                    body.kubeconfig() == null
                                            ? null
                                            : body.kubeconfig().plainText()),
                            request.locale()));
        }
        throw new WorkbenchException(ErrorCode.NOT_FOUND, null, "api.noSuchEndpoint", request.path());
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw methodNotAllowed(method);
        }
    }

    private static WorkbenchException methodNotAllowed(String method) {
        return new WorkbenchException(ErrorCode.METHOD_NOT_ALLOWED, null, "api.methodNotAllowed", method);
    }

    private static ApiResponse ok(int status, Object body) {
        return new ApiResponse(status, write(body));
    }

    private static ApiResponse error(WorkbenchException e, ApiRequest request) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code().name());
        error.put("field", e.field());
        error.put("messageKey", e.messageKey());
        error.put("message", e.localizedMessage(request.locale()));
        if (e instanceof InvalidKubeconfigException invalid) {
            List<KubeconfigProblem> problems = LocalisedProblems.of(invalid.problems(), request.locale());
            error.put("problems", problems);
            if (!problems.isEmpty()) {
                // The exception quotes the first problem in English; quote it in the caller's language.
                error.put(
                        "message",
                        Messages.format(
                                request.locale(),
                                e.messageKey(),
                                problems.get(0).message()));
            }
        }
        if (e instanceof CredentialInUseException inUse) {
            error.put("whereUsed", inUse.whereUsed());
        }
        return new ApiResponse(e.code().httpStatus(), write(Map.of("error", error)));
    }

    private static String write(Object body) {
        try {
            return JsonMapping.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API response could not be written as JSON", e);
        }
    }
}
