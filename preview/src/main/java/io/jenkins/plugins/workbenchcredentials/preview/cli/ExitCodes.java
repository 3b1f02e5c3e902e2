package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.error.ErrorCode;

/** The CLI's exit codes, so scripts can tell failures apart. */
final class ExitCodes {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int NOT_FOUND = 4;
    static final int CONFLICT = 5;

    private ExitCodes() {}

    static int of(ErrorCode code) {
        return switch (code) {
            case INVALID_INPUT, TOO_LARGE -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT, IN_USE -> CONFLICT;
            case FORBIDDEN, METHOD_NOT_ALLOWED, INTERNAL -> OTHER;
        };
    }
}
