package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.kubeconfig.Expiry;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import io.jenkins.plugins.workbenchcredentials.usage.RecordedUse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the CLI writes values for people: local times, one-line text, uses and problems. */
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

    static String problem(KubeconfigProblem problem) {
        return problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message();
    }
}
