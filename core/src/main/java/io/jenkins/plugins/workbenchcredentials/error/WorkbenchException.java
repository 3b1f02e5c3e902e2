package io.jenkins.plugins.workbenchcredentials.error;

import java.util.List;
import java.util.Objects;

/**
 * Every rule the workbench enforces fails with one of these: a code, the field at fault (if any), a
 * message key that hosts localise, and arguments for it. The arguments and the English message name
 * the problem and never carry a secret value: callers pass field names, IDs and limits only.
 */
public class WorkbenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public WorkbenchException(ErrorCode code, String field, String messageKey, Object... args) {
        super(Messages.format(messageKey, args), null, false, true);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = List.of(args);
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field at fault, e.g. {@code id} or {@code kubeconfig}; {@code null} when none is. */
    public String field() {
        return field;
    }

    /** Key into {@code messages.properties}, for hosts that localise. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in the given locale (English when the locale has no translation). */
    public String localizedMessage(java.util.Locale locale) {
        return Messages.format(locale, messageKey, args.toArray());
    }

    public static WorkbenchException invalid(String field, String messageKey, Object... args) {
        return new WorkbenchException(ErrorCode.INVALID_INPUT, field, messageKey, args);
    }
}
