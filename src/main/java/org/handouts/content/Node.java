package org.handouts.content;

import java.util.List;
import java.util.Optional;

/** A YAML value with the line and column it starts at, so any problem with it can be located. */
public sealed interface Node {

    int line();

    int column();

    /** What a user would call this kind of value, for messages. */
    String describe();

    /** A plain value: text, number, true/false or null. */
    record Scalar(String text, Type type, int line, int column) implements Node {
        /** How YAML typed the value; all of them still carry their source text. */
        public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (type) {
                case TEXT -> "text";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }

    /** A list. */
    record Sequence(List<Node> items, int line, int column) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping of keys to values, in file order. */
    record Mapping(List<Entry> entries, int line, int column) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> find(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a set of fields";
        }
    }

    /** One key of a mapping, located at the key itself. */
    record Entry(String key, int line, int column, Node value) {
    }
}
