package io.jenkins.plugins.workbenchcredentials.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats the user-facing messages of {@code messages.properties} and its translations. */
public final class Messages {
    static final String BUNDLE = "io.jenkins.plugins.workbenchcredentials.messages";

    private Messages() {}

    public static String format(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a programming error, but the failure it reports must still be readable.
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
