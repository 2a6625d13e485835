package org.handouts.publish;

import java.util.List;

/**
 * The command line asked for a language that has no message bundle: a usage error, which names
 * the languages the project can publish in.
 */
public final class UnknownLanguageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownLanguageException(List<String> unknown, List<String> available) {
        super((unknown.size() == 1 ? "unknown language '" + unknown.get(0) + "'" : "unknown languages '"
                + String.join("', '", unknown) + "'") + " for --lang (" + why(unknown.get(0))
                + "); the languages available are: " + String.join(", ", available));
    }

    /** A code that could name a bundle is missing one; anything else (empty, a path) is no code at all. */
    private static String why(String code) {
        return code.matches("[a-z]{2,3}") ? "no templates/messages/" + code + ".yaml"
                : "a language is a code of two or three letters, such as es or cy";
    }
}
