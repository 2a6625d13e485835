package org.handouts.languages;

import org.handouts.content.MessagesReader;

import java.nio.file.Path;

/** The shipped message bundles (templates/messages/), read once for the tests. */
public final class Bundles {
    private static Languages shipped;

    private Bundles() {
    }

    /** Every shipped bundle. */
    public static synchronized Languages shipped() {
        if (shipped == null) shipped = new MessagesReader(Path.of(""), cp -> true).read(Path.of("templates"));
        return shipped;
    }

    public static Messages english() {
        return shipped().require("en");
    }

    public static Messages spanish() {
        return shipped().require("es");
    }
}
