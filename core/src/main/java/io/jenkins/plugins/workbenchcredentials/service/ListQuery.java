package io.jenkins.plugins.workbenchcredentials.service;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialType;
import java.util.Map;

/**
 * One list request: search text, type filter, sort and page. The default is what the page opens with:
 * everything, newest first, page 1 of {@value #DEFAULT_PAGE_SIZE}.
 *
 * @param query words that must each appear, ignoring case, in the ID or the description; blank for all
 * @param type  {@code null} for every type
 * @param page  1-based
 * @param expiring only credentials that have expired or expire within the expiry threshold
 */
public record ListQuery(
        String query,
        CredentialType type,
        SortField sortBy,
        boolean ascending,
        int page,
        int pageSize,
        boolean expiring) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY_CHARS = 200;

    public static final String QUERY = "query";
    public static final String TYPE = "type";
    public static final String SORT_BY = "sortBy";
    public static final String SORT_DIR = "sortDir";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";
    public static final String EXPIRING = "expiring";

    public ListQuery {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw WorkbenchException.invalid(QUERY, "list.queryTooLong", MAX_QUERY_CHARS);
        }
        if (sortBy == null) {
            sortBy = SortField.CREATED;
        }
        if (page < 1) {
            throw WorkbenchException.invalid(PAGE, "list.badPage");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw WorkbenchException.invalid(PAGE_SIZE, "list.badPageSize", MAX_PAGE_SIZE);
        }
    }

    /** Every credential, not only the expiring ones. */
    public ListQuery(String query, CredentialType type, SortField sortBy, boolean ascending, int page, int pageSize) {
        this(query, type, sortBy, ascending, page, pageSize, false);
    }

    public static ListQuery defaults() {
        return new ListQuery("", null, SortField.CREATED, false, 1, DEFAULT_PAGE_SIZE);
    }

    /** The same query, restricted to credentials that have expired or expire within the threshold. */
    public ListQuery onlyExpiring() {
        return new ListQuery(query, type, sortBy, ascending, page, pageSize, true);
    }

    /** Reads the API's query parameters; unknown parameters are refused so a typo is not silently ignored. */
    public static ListQuery fromParameters(Map<String, String> params) {
        for (String name : params.keySet()) {
            if (!name.equals(QUERY)
                    && !name.equals(TYPE)
                    && !name.equals(SORT_BY)
                    && !name.equals(SORT_DIR)
                    && !name.equals(PAGE)
                    && !name.equals(PAGE_SIZE)
                    && !name.equals(EXPIRING)) {
                throw WorkbenchException.invalid(name, "list.unknownParameter", name);
            }
        }
        String type = params.get(TYPE);
        String sortBy = params.get(SORT_BY);
        SortField sort = isBlank(sortBy) ? SortField.CREATED : SortField.fromWireName(sortBy);
        return new ListQuery(
                params.get(QUERY),
                isBlank(type) ? null : CredentialType.fromWireName(type),
                sort,
                parseAscending(params.get(SORT_DIR), sort),
                parsePositive(params.get(PAGE), PAGE, 1),
                parsePositive(params.get(PAGE_SIZE), PAGE_SIZE, DEFAULT_PAGE_SIZE),
                parseBoolean(params.get(EXPIRING), EXPIRING));
    }

    private static boolean parseBoolean(String text, String name) {
        if (isBlank(text)) {
            return false;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw WorkbenchException.invalid(name, "list.notABoolean", name);
        };
    }

    /** Dates sort newest first unless asked otherwise; names sort A to Z. */
    private static boolean parseAscending(String dir, SortField field) {
        if (isBlank(dir)) {
            return field == SortField.ID || field == SortField.TYPE;
        }
        return switch (dir) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw WorkbenchException.invalid(SORT_DIR, "list.badSortDir", dir);
        };
    }

    private static int parsePositive(String text, String name, int fallback) {
        if (isBlank(text)) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw WorkbenchException.invalid(name, "list.notANumber", name);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
