package io.jenkins.plugins.workbenchcredentials.step;

import io.jenkins.plugins.workbenchcredentials.masking.SecretMasker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Stands in for an exception whose printed form shows a bound secret: the same stack trace, causes and
 * suppressed exceptions, with every secret in their messages masked. Exceptions that show no secret are
 * kept as they are, so an aborted block still reads as aborted.
 */
final class MaskedFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private MaskedFailure(String message) {
        super(message);
    }

    static Throwable of(Throwable t, SecretMasker masker) {
        return of(t, masker, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable of(Throwable t, SecretMasker masker, Set<Throwable> seen) {
        if (!seen.add(t)) {
            return new MaskedFailure("(cycle in the causes)");
        }
        String printed = printed(t);
        if (masker.mask(printed).equals(printed)) {
            return t;
        }
        // The original type is named in the message, since the replacement has a type of its own.
        MaskedFailure masked = new MaskedFailure(masker.mask(t.toString()));
        masked.setStackTrace(t.getStackTrace());
        Throwable cause = t.getCause();
        if (cause != null) {
            masked.initCause(of(cause, masker, seen));
        }
        for (Throwable suppressed : t.getSuppressed()) {
            masked.addSuppressed(of(suppressed, masker, seen));
        }
        return masked;
    }

    private static String printed(Throwable t) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            t.printStackTrace(out);
        }
        return text.toString();
    }
}
