package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A YAML mapping at a known place in the kubeconfig, read field by field: each read checks the field's
 * shape (text, boolean, list, mapping) and reports a mismatch at the field's path instead of failing.
 */
final class Node {
    private final Map<?, ?> map;
    private final String path;
    private final Problems problems;

    Node(Map<?, ?> map, String path, Problems problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    Map<?, ?> map() {
        return map;
    }

    String path() {
        return path;
    }

    String child(String key) {
        return join(path, key);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The field as text; {@code null} when absent or of another shape (reported). */
    String text(String key) {
        return read(key, String.class, "string");
    }

    /** Text that is present and not blank, else {@code null}. */
    String nonBlankText(String key) {
        String value = text(key);
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether the field holds non-blank text, without reporting anything (for checks that read it again). */
    boolean hasText(String key) {
        return map.get(key) instanceof String value && !value.isBlank();
    }

    /** Absent or blank text. A value of another shape does not count: it is reported as the wrong shape. */
    boolean lacksText(String key) {
        Object value = map.get(key);
        return value == null || value instanceof String text && text.isBlank();
    }

    Boolean flag(String key) {
        return read(key, Boolean.class, "boolean");
    }

    List<?> list(String key) {
        return read(key, List.class, "list");
    }

    Node mapping(String key) {
        Map<?, ?> value = read(key, Map.class, "mapping");
        return value == null ? null : new Node(value, child(key), problems);
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    private <T> T read(String key, Class<T> type, String expected) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        String at = child(key);
        problems.error(at, "kubeconfig.wrongType", at, expected, shapeOf(value));
        return null;
    }

    /** A short name for the YAML shape of a parsed value, for messages. Never the value itself. */
    static String shapeOf(Object value) {
        if (value == null) {
            return "nothing";
        } else if (value instanceof Map) {
            return "mapping";
        } else if (value instanceof List) {
            return "list";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Number) {
            return "number";
        } else if (value instanceof Date) {
            return "timestamp";
        } else if (value instanceof byte[]) {
            return "binary value";
        } else if (value instanceof java.util.Set) {
            return "set";
        }
        return "value";
    }
}
