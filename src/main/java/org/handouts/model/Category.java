package org.handouts.model;

/** What kind of exercise it is. */
public enum Category implements Keyed {
    MOBILITY("mobility", "Mobility"),
    STRETCH("stretch", "Stretch"),
    STRENGTH("strength", "Strength"),
    AEROBIC("aerobic", "Aerobic");

    private final String key;
    private final String label;

    Category(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
