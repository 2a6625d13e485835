package org.handouts.model;

import java.util.Objects;

/**
 * One thing wrong with the input, located as precisely as it can be: file, line and column (1-based,
 * 0 when unknown), the dotted field path inside the file, what is wrong and a hint to fix it.
 */
public record Problem(String file, int line, int column, String field, String message, String hint) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
    }

    /**
     * {@code content/exercises/knee-rolls.yaml:14:5: dose.reps: must be positive (hint)}, always
     * one line: control characters in a file name or a quoted value are shown escaped
     * ({@link DisplayText}), so a problem can never forge another line of a log.
     */
    public String format() {
        return format("");
    }

    /**
     * {@code content/brands/notes.txt: warning: is not read (hint)}: a warning in the form
     * compilers print one, which CI annotators recognise.
     */
    public String formatAsWarning() {
        return format("warning: ");
    }

    private String format(String severity) {
        StringBuilder s = new StringBuilder(DisplayText.escape(file));
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) s.append(':').append(column);
        }
        s.append(": ").append(severity);
        if (!field.isEmpty()) s.append(DisplayText.escape(field)).append(": ");
        s.append(DisplayText.escape(message));
        if (!hint.isEmpty()) s.append(" (").append(DisplayText.escape(hint)).append(')');
        return s.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
