package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.expiry.ExpiryStatus;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.Expiry;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.UnknownExpiry;
import io.jenkins.plugins.workbenchcredentials.service.CredentialView.ExpiryView;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the CLI writes values for people: local times, one-line text, uses, expiries and problems. */
final class Text {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Text() {}

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /**
     * One line of text, safe for a terminal: line breaks and tabs become spaces, and other control
     * characters (a description could hold terminal escape sequences) are dropped.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                line.append(' ');
            } else if (!Character.isISOControl(c)) {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }

    static String shortened(String text, int maxChars) {
        String line = oneLine(text);
        return line.length() <= maxChars ? line : line.substring(0, maxChars - 1) + "…";
    }

    static String use(RecordedUse use) {
        StringBuilder text = new StringBuilder(oneLine(use.consumer()));
        if (use.build() != null) {
            text.append(" #").append(oneLine(use.build()));
        }
        text.append(" at ").append(time(use.at()));
        if (use.user() != null) {
            text.append(" by ").append(oneLine(use.user()));
        }
        return text.toString();
    }

    static String expiry(Expiry expiry) {
        return time(expiry.notAfter()) + " (" + expiry.kind() + " of user " + oneLine(expiry.user()) + ")";
    }

    /**
     * A credential's expiry status in a few words, for a table: {@code expired …}, {@code expiring …},
     * {@code valid until …}, or {@code unknown (why)}: a date that cannot be read is never shown as fine;
     * {@code -} for a credential that carries no date (a password, a token that is not a JWT).
     */
    static String expiryStatus(ExpiryView expiry) {
        if (expiry == null) {
            return "-";
        }
        return switch (expiry.status()) {
            case EXPIRED -> "expired " + time(expiry.expiresAt());
            case EXPIRING -> "expiring " + time(expiry.expiresAt());
            case VALID -> "valid until " + time(expiry.expiresAt());
            case UNKNOWN -> expiry.unknown() == null ? "unknown" : "unknown (" + reason(expiry.unknown()) + ")";
        };
    }

    /**
     * As {@link #expiryStatus}, with whose date it is and, when a kubeconfig user hides its date, which
     * one, and the earliest date known besides.
     */
    static String expiryDetails(ExpiryView expiry) {
        String known = expiry.expiresAt() == null ? null : time(expiry.expiresAt()) + of(expiry);
        if (expiry.unknown() == null) {
            return known == null ? expiryStatus(expiry) : expiryStatus(expiry) + of(expiry);
        }
        String hidden = "user " + oneLine(expiry.unknown().user()) + " authenticates with " + means(expiry.unknown())
                + ", which hides its date";
        if (expiry.status() == ExpiryStatus.UNKNOWN) {
            return "unknown: " + hidden + (known == null ? "" : "; earliest known: " + known);
        }
        return expiryStatus(expiry) + of(expiry) + "; " + hidden;
    }

    private static String of(ExpiryView expiry) {
        if (expiry.kind() == null) {
            return "";
        }
        return expiry.user() == null
                ? " (" + expiry.kind() + ")"
                : " (" + expiry.kind() + " of user " + oneLine(expiry.user()) + ")";
    }

    /** Why a kubeconfig user's date cannot be known, in two or three words. */
    static String reason(UnknownExpiry unknown) {
        return switch (unknown.reason()) {
            case UnknownExpiry.EXEC -> "exec plugin";
            case UnknownExpiry.AUTH_PROVIDER -> "auth provider";
            case UnknownExpiry.CERTIFICATE_FILE -> "certificate file";
            case UnknownExpiry.TOKEN_FILE -> "token file";
            case UnknownExpiry.OPAQUE_TOKEN -> "token without a date";
            case UnknownExpiry.BASIC_AUTH -> "username and password";
            case UnknownExpiry.NO_CREDENTIALS -> "no credentials";
            case UnknownExpiry.INVALID -> "unreadable kubeconfig";
            default -> oneLine(unknown.reason());
        };
    }

    private static String means(UnknownExpiry unknown) {
        return switch (unknown.reason()) {
            case UnknownExpiry.EXEC -> "an exec plugin";
            case UnknownExpiry.AUTH_PROVIDER -> "an auth provider";
            case UnknownExpiry.CERTIFICATE_FILE -> "a certificate file on the machine";
            case UnknownExpiry.TOKEN_FILE -> "a token file on the machine";
            case UnknownExpiry.OPAQUE_TOKEN -> "a token that carries no date";
            case UnknownExpiry.BASIC_AUTH -> "a username and password";
            case UnknownExpiry.NO_CREDENTIALS -> "no credentials at all";
            case UnknownExpiry.INVALID -> "a kubeconfig that cannot be read";
            default -> oneLine(unknown.reason());
        };
    }

    static String problem(KubeconfigProblem problem) {
        return problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message();
    }
}
