package org.handouts.model;

import java.util.List;

/**
 * Thrown when the input cannot be published; carries every problem found, so a user sees them all
 * at once. It is a user error, not a bug: callers print the problems, not a stack trace.
 */
public final class InvalidContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidContentException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid content" : problems.get(0).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public InvalidContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
