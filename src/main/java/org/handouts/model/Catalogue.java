package org.handouts.model;

import java.util.List;
import java.util.Optional;

/**
 * The routines a brand publishes: every routine of the library (the default), or the ones it
 * names, in its order.
 */
public record Catalogue(Optional<List<String>> named) {
    /** Every routine. */
    public static final Catalogue EVERY_ROUTINE = new Catalogue(Optional.empty());

    public Catalogue {
        named = named.map(List::copyOf);
        named.ifPresent(ids -> ids.forEach(Ids::require));
    }

    /** Only these routines. */
    public static Catalogue of(List<String> routineIds) {
        return new Catalogue(Optional.of(routineIds));
    }

    public boolean publishes(String routineId) {
        return named.map(ids -> ids.contains(routineId)).orElse(true);
    }

    /** "all routines", or the ids, for listings. */
    public String describe() {
        return named.map(ids -> String.join(", ", ids)).orElse("all routines");
    }
}
