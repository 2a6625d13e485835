package org.handouts.publish;

/** Writing values into CSS that the program generates. */
final class Css {
    private Css() {
    }

    /**
     * {@code value} as a double-quoted CSS string: every character other than an ASCII letter,
     * digit, space, '.', '_' or '-' is written as a CSS hex escape ({@code \22 }), so no value can
     * close the string, start a rule or a comment, or break the line.
     */
    static String string(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '.' || cp == '_' || cp == '-')) {
                s.appendCodePoint(cp);
            } else {
                s.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return s.append('"').toString();
    }
}
