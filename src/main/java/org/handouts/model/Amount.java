package org.handouts.model;

import java.util.Objects;

/** A quantity with a unit: "5-10 seconds", "1 breath", "2 minutes". */
public record Amount(Range value, Unit unit) {

    /** The units a hold or a time may be given in. */
    public enum Unit {
        SECONDS("second", "seconds", "sec"),
        MINUTES("minute", "minutes", "min"),
        BREATHS("breath", "breaths", "breaths");

        private final String singular;
        private final String plural;
        private final String shortName;

        Unit(String singular, String plural, String shortName) {
            this.singular = singular;
            this.plural = plural;
            this.shortName = shortName;
        }

        public String singular() {
            return singular;
        }

        public String plural() {
            return plural;
        }

        public String shortName() {
            return shortName;
        }

        public int seconds(int n) {
            return switch (this) {
                case SECONDS -> n;
                case MINUTES -> n * 60;
                case BREATHS -> n * 5;
            };
        }
    }

    public Amount {
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
    }

    /** "5 to 10 seconds", "1 breath". */
    public String words() {
        return value.words() + " " + (value.isOne() ? unit.singular() : unit.plural());
    }

    /** "5–10 sec", "2 min". */
    public String compact() {
        return value.compact() + " " + (unit == Unit.BREATHS && value.isOne() ? "breath" : unit.shortName());
    }

    /** The upper end in seconds, counting a breath as about 5 seconds. */
    public int maxSeconds() {
        return unit.seconds(value.max());
    }
}
