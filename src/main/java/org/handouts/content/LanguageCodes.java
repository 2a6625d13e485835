package org.handouts.content;

import org.handouts.model.Library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Language codes as content files write them: BCP 47 language subtags ({@code es}, {@code cy}),
 * checked against the languages Java knows, and named in English words for messages.
 */
final class LanguageCodes {
    private static final Pattern SUBTAG = Pattern.compile("[a-z]{2,3}");

    private LanguageCodes() {
    }

    /** Whether {@code code} is a language subtag that names a known language. */
    static boolean isKnown(String code) {
        return SUBTAG.matcher(code).matches() && !Locale.of(code).getDisplayLanguage(Locale.ENGLISH).equals(code);
    }

    /** "Spanish (es)": the language in English words, with its code. */
    static String describe(String code) {
        String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /**
     * Why {@code key} cannot name a translation, with a hint, or empty when it can. English is the
     * content's own language, so it is no translation.
     */
    static Optional<String[]> findDefect(String key) {
        if (key.equals(Library.CONTENT_LANGUAGE)) {
            return Optional.of(new String[] {"English is the content's own language, not a translation",
                    "the file's main fields are the English: move this text there, or remove it"});
        }
        if (isKnown(key)) return Optional.empty();
        return Optional.of(new String[] {"'" + Texts.shorten(key) + "' is not a language code", suggest(key)});
    }

    private static String suggest(String key) {
        String lower = key.strip().toLowerCase(Locale.ROOT);
        if (isKnown(lower)) return "language codes are lower case: did you mean '" + lower + "'?";
        String[] parts = lower.split("[-_]", 2);
        if (parts.length == 2 && isKnown(parts[0])) {
            return "write the language alone, without a region: did you mean '" + parts[0] + "'?";
        }
        Optional<String> byName = Arrays.stream(Locale.getISOLanguages())
                .filter(code -> {
                    Locale locale = Locale.of(code);
                    return locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(lower)
                            || locale.getDisplayLanguage(locale).equalsIgnoreCase(lower);
                })
                .findFirst();
        return byName.map(code -> "did you mean '" + code + "' (" + Locale.of(code).getDisplayLanguage(Locale.ENGLISH) + ")?")
                .orElse("write a language code of two or three lower-case letters, such as es (Spanish) or cy (Welsh)");
    }
}
