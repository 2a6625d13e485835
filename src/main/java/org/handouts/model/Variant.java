package org.handouts.model;

/**
 * How a document is set: standard print, or large print for readers with low vision (body text
 * at least 18 pt, one exercise a page, larger tick boxes). A brand names the variants it publishes
 * ({@code variants: [standard, large]}); {@code build --variant} replaces that list for a run.
 */
public enum Variant implements Keyed {
    STANDARD("standard", ""),
    LARGE("large", "-large");

    private final String key;
    private final String suffix;

    Variant(String key, String suffix) {
        this.key = key;
        this.suffix = suffix;
    }

    @Override
    public String key() {
        return key;
    }

    /** What the variant adds to a file name: "" for standard print, "-large" for large print. */
    public String fileSuffix() {
        return suffix;
    }

    /** The variant spelled {@code key}, ignoring case and surrounding spaces. */
    public static java.util.Optional<Variant> find(String key) {
        for (Variant v : values()) {
            if (v.key.equalsIgnoreCase(key.strip())) return java.util.Optional.of(v);
        }
        return java.util.Optional.empty();
    }
}
