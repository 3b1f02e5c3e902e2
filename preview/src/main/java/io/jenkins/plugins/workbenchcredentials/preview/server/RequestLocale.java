package io.jenkins.plugins.workbenchcredentials.preview.server;

import java.util.List;
import java.util.Locale;

/** The language of a request's messages, from {@code Accept-Language}: English or Simplified Chinese, the bundles' two. */
final class RequestLocale {
    private RequestLocale() {}

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() == 0) {
                    continue;
                }
                // "zh" and "zh-Hans" mean Simplified Chinese too, which lookup's exact tags would miss.
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("zh")
                        || tag.startsWith("zh-cn")
                        || tag.startsWith("zh-hans")
                        || tag.startsWith("zh-sg")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header gets the default language.
        }
        return Locale.ENGLISH;
    }
}
