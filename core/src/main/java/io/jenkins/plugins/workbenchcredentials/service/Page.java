package io.jenkins.plugins.workbenchcredentials.service;

import java.util.List;

/** One page of results, in the workbench API's shape: {@code items} and {@code pagination}. */
public record Page<T>(List<T> items, Pagination pagination) {
    public Page {
        items = List.copyOf(items);
    }

    /** @param pages the number of pages, at least 1 so an empty list is "page 1 of 1" */
    public record Pagination(int page, int pageSize, int total, int pages) {
        public static Pagination of(int page, int pageSize, int total) {
            int pages = Math.max(1, (total + pageSize - 1) / pageSize);
            return new Pagination(page, pageSize, total, pages);
        }
    }
}
