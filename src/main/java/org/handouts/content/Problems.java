package org.handouts.content;

import org.handouts.model.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while content is read, so all of them can be reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** In file, then line, then column order: the order a user fixes them in. */
    public List<Problem> sorted() {
        return list.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column).thenComparing(Problem::field))
                .toList();
    }
}
