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
                + String.join("', '", unknown) + "'") + " for --lang (no templates/messages/" + unknown.get(0)
                + ".yaml); the languages available are: " + String.join(", ", available));
    }
}
