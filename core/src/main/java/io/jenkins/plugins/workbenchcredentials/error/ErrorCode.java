package io.jenkins.plugins.workbenchcredentials.error;

/** The kinds of failure a host has to tell apart, each with the HTTP status the JSON API answers with. */
public enum ErrorCode {
    /** A field or parameter is malformed, oversized, missing or not allowed. */
    INVALID_INPUT(400),
    /** The caller lacks a permission. */
    FORBIDDEN(403),
    /** No credential has that ID, or the API has no such endpoint. */
    NOT_FOUND(404),
    /** The endpoint exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED(405),
    /** The ID is taken, or the credential changed since the caller read it. */
    CONFLICT(409),
    /** Pipelines depend on the credential and the delete was not forced. */
    IN_USE(409),
    /** The request body is larger than the API accepts. */
    TOO_LARGE(413),
    /** A fault of the server; the response says no more than that. */
    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
