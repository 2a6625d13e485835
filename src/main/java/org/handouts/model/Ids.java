package org.handouts.model;

import java.util.regex.Pattern;

/**
 * Ids name content files and output files, so they are restricted to lower-case letters, digits and
 * single hyphens: safe in every file system and URL, and never a path.
 */
public final class Ids {
    public static final int MAX_LENGTH = 60;
    private static final Pattern SAFE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    public static boolean isSafe(String id) {
        return id != null && id.length() <= MAX_LENGTH && SAFE.matcher(id).matches();
    }

    /**
     * What is wrong with the name of a file that content links to (a logo, a picture), if
     * anything. Such a name reaches file systems, URIs and markup, so it may hold only letters,
     * digits, spaces and {@code . - _ ( ) +}: a quote, '&lt;', '&amp;', a slash-like or control
     * character is refused rather than escaped in every place it could go.
     */
    public static java.util.Optional<String> findFileNameDefect(String fileName) {
        for (int i = 0; i < fileName.length(); ) {
            int cp = fileName.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && " .-_()+".indexOf(cp) < 0) {
                String shown = Character.isISOControl(cp) || DisplayText.isUnsafe(cp) ? String.format(java.util.Locale.ROOT, "U+%04X", cp)
                        : "'" + new String(Character.toChars(cp)) + "'";
                return java.util.Optional.of("has the character " + shown + ", which a file name here cannot have");
            }
            i += Character.charCount(cp);
        }
        return java.util.Optional.empty();
    }

    /** The id, or an exception when it is not a safe id (a bug: loaders check ids first). */
    public static String require(String id) {
        if (!isSafe(id)) throw new IllegalArgumentException("not a safe id: " + id);
        return id;
    }
}
