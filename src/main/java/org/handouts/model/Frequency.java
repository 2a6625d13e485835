package org.handouts.model;

/** How often a routine or an exercise is done. */
public enum Frequency implements Keyed {
    DAILY("daily", "every day"),
    TWICE_DAILY("twice-daily", "twice a day"),
    MOST_DAYS("most-days", "on most days of the week"),
    THREE_TIMES_A_WEEK("three-times-a-week", "three times a week");

    private final String key;
    private final String words;

    Frequency(String key, String words) {
        this.key = key;
        this.words = words;
    }

    @Override
    public String key() {
        return key;
    }

    /** "every day", to follow "Do this". */
    public String words() {
        return words;
    }
}
