package io.jenkins.plugins.workbenchcredentials.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads request bodies. Jackson's own messages quote the offending input, which may be a password, so
 * they are never passed on: errors name only the field path and the kind of problem.
 */
final class RequestBodies {
    private RequestBodies() {}

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length > JsonMapping.MAX_BODY_BYTES) {
            throw new WorkbenchException(ErrorCode.TOO_LARGE, null, "request.tooLarge", JsonMapping.MAX_BODY_BYTES);
        }
        if (body.length == 0) {
            throw WorkbenchException.invalid(null, "request.empty");
        }
        try {
            T value = JsonMapping.mapper().readValue(body, type);
            if (value == null) {
                throw WorkbenchException.invalid(null, "request.notAnObject");
            }
            return value;
        } catch (WorkbenchException e) {
            throw e;
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e.getPropertyName(), type);
        } catch (StreamConstraintsException e) {
            throw new WorkbenchException(ErrorCode.TOO_LARGE, null, "request.tooLarge", JsonMapping.MAX_BODY_BYTES);
        } catch (JsonMappingException e) {
            WorkbenchException cause = rootWorkbenchException(e);
            if (cause != null) {
                throw cause; // a value type (ID, type, scope) refused the value with its own message
            }
            String field = path(e);
            throw field.isEmpty()
                    ? WorkbenchException.invalid(null, "request.notAnObject")
                    : WorkbenchException.invalid(field, "request.badValue", field);
        } catch (JsonProcessingException e) {
            throw WorkbenchException.invalid(
                    null,
                    "request.malformedJson",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw WorkbenchException.invalid(null, "request.unreadable");
        }
    }

    /**
     * Names the unknown field only when it is a near miss of a known one (a typo such as "pasword"):
     * anything else may be a pasted value, so the error lists the known fields instead.
     */
    private static WorkbenchException unknownField(String name, Class<?> type) {
        List<String> known = type.isRecord()
                ? Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList()
                : List.of();
        for (String field : known) {
            if (editDistance(name, field) <= 2) {
                return WorkbenchException.invalid(name, "request.misspelledField", name, field);
            }
        }
        return WorkbenchException.invalid(null, "request.unknownField", String.join(", ", known));
    }

    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static WorkbenchException rootWorkbenchException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WorkbenchException w) {
                return w;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }
}
