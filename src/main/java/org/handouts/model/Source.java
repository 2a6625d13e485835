package org.handouts.model;

import java.util.Objects;
import java.util.Optional;

/** A document the facts come from, named on every handout that uses it. */
public record Source(String id, String title, String publisher, Optional<String> note) {

    public Source {
        Ids.require(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(publisher);
        Objects.requireNonNull(note);
    }
}
