package org.handouts.languages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The languages a project can publish in: one {@link Messages} bundle per language code, from
 * {@code templates/messages/<code>.yaml}. The entry point of this package.
 */
public final class Languages {
    /** The language of the content's own fields, and the one every project has. */
    public static final String CONTENT_LANGUAGE = "en";

    private final Map<String, Messages> bundles;

    public Languages(List<Messages> bundles) {
        Map<String, Messages> byCode = new TreeMap<>();
        for (Messages m : bundles) {
            if (byCode.put(m.code(), m) != null) throw new IllegalArgumentException("two bundles for " + m.code());
        }
        this.bundles = Map.copyOf(byCode);
    }

    /** The bundle for {@code code}, if the project has one. */
    public Optional<Messages> find(String code) {
        return Optional.ofNullable(bundles.get(code));
    }

    /** The bundle for {@code code}; the caller checked that it exists. */
    public Messages require(String code) {
        Messages m = bundles.get(code);
        if (m == null) throw new IllegalArgumentException("no message bundle for language '" + code + "'; have " + codes());
        return m;
    }

    /** The language codes with a bundle, in alphabetical order. */
    public List<String> codes() {
        return bundles.keySet().stream().sorted().toList();
    }

    /** "cy, en, es": for hints that list what is available. */
    public String describe() {
        return String.join(", ", codes());
    }

    /** Whether {@code code} has the form of a language code: two or three lower-case letters (BCP 47 language subtag). */
    public static boolean isCode(String code) {
        return code.matches("[a-z]{2,3}");
    }
}
