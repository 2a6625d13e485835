package org.handouts.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How characters that no font of the stack has are named in messages, by the content check and the renderer alike. */
public final class Glyphs {
    /** The fonts folder's file that orders the font stack. */
    public static final String STACK_FILE = "stack.txt";
    /** A hint that works with the shipped fonts folder: the stack file lists every font the documents use. */
    public static final String MISSING_HINT = "replace it, or copy a .ttf font that has it into fonts/ and add it to fonts/"
            + STACK_FILE;

    private Glyphs() {
    }

    /** "character 'ŵ' (U+0175) is" or "characters 'ŵ' (U+0175), '☃' (U+2603) are", each named once. */
    public static String describeMissing(Collection<Integer> codePoints) {
        List<String> named = codePoints.stream().distinct().map(cp -> "'" + new String(Character.toChars(cp)) + "' ("
                + String.format(Locale.ROOT, "U+%04X", cp) + ")").toList();
        return (named.size() == 1 ? "character " : "characters ") + String.join(", ", named) + (named.size() == 1 ? " is" : " are");
    }
}
