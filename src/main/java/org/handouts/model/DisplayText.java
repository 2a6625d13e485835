package org.handouts.model;

import java.util.Locale;

/**
 * Makes names and values safe to show in a human-readable message or log line. A file name or a
 * value can hold any character; printed as it is, a newline could forge a line in a CI log (such
 * as a GitHub {@code ::error} workflow command) and an escape code could rewrite the terminal. So
 * every control character (C0, DEL, C1), every invisible format character (bidi controls,
 * zero-width characters, tags), the line and paragraph separators and any unpaired surrogate are
 * shown escaped: {@code \n}, {@code \r}, {@code \t}, otherwise as {@code \}{@code u001b} (a
 * character beyond U+FFFF as its two UTF-16 halves, as JSON writes it). Machine-readable output
 * (JSON) is encoded by its own writer and does not go through here.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /** {@code text} with every unsafe character escaped; safe text comes back unchanged. */
    public static String escape(String text) {
        return escape(text, true);
    }

    /**
     * {@code text} with unsafe characters escaped except newline, carriage return and tab: the last
     * line of defence on a whole output stream, where the line breaks are the program's own.
     */
    public static String escapeKeepingLineBreaks(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean lineBreaksToo) {
        if (text == null) return "null";
        StringBuilder s = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean keep = !isUnsafe(cp) || (!lineBreaksToo && (cp == '\n' || cp == '\r' || cp == '\t'));
            if (s == null && !keep) s = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (s != null) {
                if (keep) s.appendCodePoint(cp);
                else if (cp == '\n') s.append("\\n");
                else if (cp == '\r') s.append("\\r");
                else if (cp == '\t') s.append("\\t");
                else for (char c : Character.toChars(cp)) s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
            i += n;
        }
        return s == null ? text : s.toString();
    }

    /** True for a code point that must not reach a terminal or a log as it is. */
    public static boolean isUnsafe(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
