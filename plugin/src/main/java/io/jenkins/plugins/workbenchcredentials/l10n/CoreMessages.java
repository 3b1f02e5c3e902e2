package io.jenkins.plugins.workbenchcredentials.l10n;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.kubeconfig.KubeconfigProblem;
import org.jvnet.localizer.LocaleProvider;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The core's messages in the language of the user Jenkins is answering (the request's locale, which
 * Jenkins hands to the localizer), so the plugin shows them as it shows its own.
 */
@Restricted(NoExternalUse.class)
public final class CoreMessages {
    private CoreMessages() {}

    public static String of(WorkbenchException e) {
        return e.localizedMessage(LocaleProvider.getLocale());
    }

    public static String of(KubeconfigProblem problem) {
        String text = format(problem.code(), problem.args().toArray());
        // A code this core's bundle does not know still reads as the English message.
        return text.equals(problem.code()) ? problem.message() : text;
    }

    public static String format(String key, Object... args) {
        return Messages.format(LocaleProvider.getLocale(), key, args);
    }
}
