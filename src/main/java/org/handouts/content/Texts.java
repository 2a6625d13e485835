package org.handouts.content;

import org.handouts.model.Glyphs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/** Checks and normalises the text a patient will read. */
final class Texts {
    /** Longer unbroken words cannot wrap and would run off a card or a tracker cell. */
    static final int MAX_WORD = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /**
     * Line breaks and runs of spaces in YAML text become single spaces; letters typed as a base and
     * a combining accent become the one precomposed letter (NFC), which fonts are likelier to have.
     */
    static String normalise(String raw) {
        return SPACES.matcher(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** What is wrong with the text, if anything. */
    static Optional<String> findDefect(String raw, int maxLength, IntPredicate printable) {
        String text = normalise(raw);
        if (text.isEmpty()) return Optional.of("is empty");
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (isInvisibleControl(cp)) {
                return Optional.of("contains an invisible control character " + codePoint(cp));
            }
            i += Character.charCount(cp);
        }
        List<Integer> missing = text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !printable.test(cp))
                .distinct().boxed().toList();
        if (!missing.isEmpty()) {
            return Optional.of(Glyphs.describeMissing(missing) + " in no font of the stack and would not print");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Optional.of("is " + length + " characters long, more than " + maxLength + " fit in the layout");
        }
        for (String word : text.split(" ")) {
            if (word.length() > MAX_WORD) {
                return Optional.of("has a word of " + word.length() + " characters ('" + shorten(word) + "') that cannot wrap");
            }
        }
        return Optional.empty();
    }

    static String hintFor(String defect, int maxLength) {
        if (defect.startsWith("is empty")) return "write the text, or remove the field if it is optional";
        if (defect.startsWith("contains an invisible")) return "delete and retype the text around it";
        if (defect.startsWith("has a word")) return "add spaces or shorten it";
        if (defect.startsWith("character")) return Glyphs.MISSING_HINT;
        return "shorten it to " + maxLength + " characters or fewer";
    }

    static boolean isInvisibleControl(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') return false;
        return Character.getType(cp) == Character.CONTROL
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) // bidi overrides
                || cp == 0x200B || cp == 0xFEFF || Character.getType(cp) == Character.PRIVATE_USE
                || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED;
    }

    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** The first 30 characters, for quoting user input in a message. */
    static String shorten(String s) {
        String one = normalise(s);
        return one.length() <= 30 ? one : one.substring(0, 27) + "...";
    }
}
