package org.handouts.model;

import java.util.List;

/**
 * Thrown when the input cannot be published; carries every problem found, so a user sees them all
 * at once. It is a user error, not a bug: callers print the problems, not a stack trace.
 */
public final class InvalidContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final transient List<Problem> warnings;

    public InvalidContentException(List<Problem> problems) {
        this(problems, List.of());
    }

    /** With the warnings found along with the problems, so a user sees both at once. */
    public InvalidContentException(List<Problem> problems, List<Problem> warnings) {
        super(problems.isEmpty() ? "invalid content" : problems.get(0).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public InvalidContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Things that would not have stopped the build on their own (a file nothing uses). */
    public List<Problem> warnings() {
        return warnings;
    }
}
