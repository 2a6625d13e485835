package org.handouts.content;

import org.handouts.model.Keyed;
import org.handouts.model.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Reads the fields of one YAML mapping, reporting each defect as a located problem: missing
 * required fields, wrong types, blank or over-long text, unknown fields (with a suggestion). A
 * getter returns an empty result when its field is bad; callers build records only when the file
 * added no problems. {@code find…} reads an optional field; {@code expect…} reads a required one
 * and records a problem when it is missing (it does not throw: every problem is collected).
 */
final class Fields {
    /** " - " and a capital letter inside one list item: the start of another item, joined by an indentation slip. */
    private static final java.util.regex.Pattern JOINED_ITEM = java.util.regex.Pattern.compile(" - (?=\\p{Lu})");
    private final String file;
    private final String path;
    private final Node.Mapping mapping;
    private final Problems problems;
    private final IntPredicate printable;
    private final Set<String> declared = new LinkedHashSet<>();

    private Fields(String file, String path, Node.Mapping mapping, Problems problems, IntPredicate printable) {
        this.file = file;
        this.path = path;
        this.mapping = mapping;
        this.problems = problems;
        this.printable = printable;
    }

    /** The fields of {@code node}, or empty (with a problem) when it is not a mapping. */
    static Optional<Fields> of(Node node, String file, String path, Problems problems, IntPredicate printable) {
        if (node instanceof Node.Mapping m) return Optional.of(new Fields(file, path, m, problems, printable));
        problems.add(new Problem(file, node.line(), node.column(), path,
                "expected a set of fields (name: value) but found " + node.describe(),
                path.isEmpty() ? "start the file with 'name: ...' style fields" : "indent the fields under '" + lastPart(path) + ":'"));
        return Optional.empty();
    }

    String file() {
        return file;
    }

    /** The dotted path of this mapping in its file ("" for the top level). */
    String path() {
        return path;
    }

    /** The mapping itself, to locate problems that concern it as a whole. */
    Node node() {
        return mapping;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * The raw node of an optional field, declaring it as known. A field that is present with no
     * value ({@code key:} or {@code key: ~}) is reported rather than taken as absent: whoever
     * wrote it meant something, and silently using the default would hide that.
     */
    Optional<Node> find(String key) {
        declared.add(key);
        Optional<Node.Entry> entry = mapping.find(key);
        if (entry.isPresent() && isNull(entry.get().value())) {
            problems.add(new Problem(file, entry.get().line(), entry.get().column(), path(key), "is empty",
                    "write a value after the colon, or delete the line to leave it out"));
            return Optional.empty();
        }
        return entry.map(Node.Entry::value);
    }

    /** How many problems the file has so far, to tell whether a part of it added any. */
    int problemCount() {
        return problems.size();
    }

    /** The node of a field as written, even when it has no value (for readers that explain that themselves). */
    Optional<Node> findWritten(String key) {
        declared.add(key);
        return mapping.find(key).map(Node.Entry::value);
    }

    /** Whether the field is written at all, even with no value. */
    boolean has(String key) {
        return mapping.find(key).isPresent();
    }

    /** The node of a field that must be present. */
    Optional<Node> expect(String key, String hint) {
        declared.add(key);
        Optional<Node> node = mapping.find(key).map(Node.Entry::value).filter(v -> !isNull(v));
        if (node.isEmpty()) {
            var entry = mapping.find(key);
            int line = entry.map(Node.Entry::line).orElse(mapping.line());
            int col = entry.map(Node.Entry::column).orElse(mapping.column());
            problems.add(new Problem(file, line, col, path(key), entry.isPresent() ? "is empty" : "is required", hint));
        }
        return node;
    }

    Optional<String> expectText(String key, int maxLength, String hint) {
        return expect(key, hint).flatMap(n -> text(n, path(key), maxLength));
    }

    Optional<String> findText(String key, int maxLength) {
        return find(key).flatMap(n -> text(n, path(key), maxLength));
    }

    /** A list of text items; a single text is accepted as a list of one. */
    Optional<List<String>> textList(String key, boolean required, int minItems, int maxItems, int maxLength, String hint) {
        Optional<Node> node = required ? expect(key, hint) : find(key);
        if (node.isEmpty()) return required ? Optional.empty() : Optional.of(List.of());
        return list(node.get(), path(key), minItems, maxItems, hint).map(items -> {
            List<String> out = new ArrayList<>();
            boolean joined = false;
            for (int i = 0; i < items.size(); i++) {
                String where = path(key) + "[" + (i + 1) + "]";
                Optional<String> item = text(items.get(i), where, maxLength);
                var slip = item.map(JOINED_ITEM::matcher).filter(java.util.regex.Matcher::find);
                if (slip.isPresent()) {
                    // YAML reads a "- " indented one space too far as part of the item above it.
                    problems.add(new Problem(file, items.get(i).line(), items.get(i).column(), where,
                            "looks like two items joined into one: '- " + Texts.shorten(item.get().substring(slip.get().start() + 3))
                                    + "' is part of this item", "start each item on its own line with '- ' in the same column "
                                    + "as the others; if the dash belongs to the sentence, use a comma or an en dash (\u2013)"));
                    joined = true;
                }
                item.ifPresent(out::add);
            }
            return joined ? null : out;
        });
    }

    /** The items of a list node, checking how many there are. */
    Optional<List<Node>> list(Node node, String where, int minItems, int maxItems, String hint) {
        List<Node> items = node instanceof Node.Sequence s ? s.items()
                : node instanceof Node.Scalar ? List.of(node) : null;
        if (items == null) {
            problems.add(new Problem(file, node.line(), node.column(), where,
                    "expected a list but found " + node.describe(), "write each item on its own line starting with '- '"));
            return Optional.empty();
        }
        if (items.size() < minItems) {
            problems.add(new Problem(file, node.line(), node.column(), where,
                    items.isEmpty() ? "is an empty list" : "has " + items.size() + " items, needs at least " + minItems, hint));
            return Optional.empty();
        }
        if (items.size() > maxItems) {
            problems.add(new Problem(file, node.line(), node.column(), where,
                    "has " + items.size() + " items, at most " + maxItems + " fit on a page", "keep the most important ones"));
            return Optional.empty();
        }
        return Optional.of(items);
    }

    <E extends Enum<E> & Keyed> Optional<E> expectEnum(String key, Class<E> type) {
        return expect(key, "one of: " + String.join(", ", keys(type))).flatMap(n -> enumValue(n, path(key), type));
    }

    <E extends Enum<E> & Keyed> Optional<E> findEnum(String key, Class<E> type) {
        return find(key).flatMap(n -> enumValue(n, path(key), type));
    }

    <E extends Enum<E> & Keyed> Optional<E> enumValue(Node node, String where, Class<E> type) {
        Optional<String> text = scalarText(node, where);
        if (text.isEmpty()) return Optional.empty();
        String value = text.get().strip();
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(value)) return Optional.of(e);
        }
        problems.add(new Problem(file, node.line(), node.column(), where, "unknown value '" + Texts.shorten(value) + "'",
                Suggestions.hint(value, keys(type))));
        return Optional.empty();
    }

    /**
     * An optional whole number from {@code min} to {@code max}. A value that is present but empty
     * ({@code weeks: ~}) is a problem, not the default: the writer meant something.
     */
    OptionalInt findInt(String key, int min, int max) {
        Optional<Node.Entry> entry = mapping.find(key);
        declared.add(key);
        if (entry.isEmpty()) return OptionalInt.empty();
        if (isNull(entry.get().value())) {
            problems.add(new Problem(file, entry.get().line(), entry.get().column(), path(key), "is empty",
                    "write a whole number from " + min + " to " + max + ", or delete the line"));
            return OptionalInt.empty();
        }
        return wholeNumber(entry.get().value(), path(key), min, max);
    }

    /** A whole number from {@code min} to {@code max}, read from {@code n}; see {@link Numbers}. */
    OptionalInt wholeNumber(Node n, String where, int min, int max) {
        if (isNull(n)) {
            problems.add(new Problem(file, n.line(), n.column(), where, "is empty",
                    "write a whole number from " + min + " to " + max + ", or delete the line"));
            return OptionalInt.empty();
        }
        if (!(n instanceof Node.Scalar s) || s.type() == Node.Scalar.Type.BOOLEAN) {
            problems.add(new Problem(file, n.line(), n.column(), where,
                    "expected a whole number but found " + n.describe(), "write a number such as " + Math.max(min, 1)));
            return OptionalInt.empty();
        }
        return switch (Numbers.read(s.text())) {
            case Numbers.Reading.Whole w when w.value().compareTo(java.math.BigInteger.valueOf(min)) < 0 -> {
                problems.add(new Problem(file, n.line(), n.column(), where,
                        Texts.shorten(s.text().strip()) + (w.value().signum() < 0 ? " is a negative number" : " is too small")
                                + ": the smallest allowed is " + min, "write a whole number from " + min + " to " + max));
                yield OptionalInt.empty();
            }
            case Numbers.Reading.Whole w when w.value().compareTo(java.math.BigInteger.valueOf(max)) > 0 -> {
                problems.add(new Problem(file, n.line(), n.column(), where,
                        Texts.shorten(s.text().strip()) + " is too large: the largest allowed is " + max,
                        "write a whole number from " + min + " to " + max));
                yield OptionalInt.empty();
            }
            case Numbers.Reading.Whole w -> OptionalInt.of(w.value().intValueExact());
            case Numbers.Reading.NotWhole bad -> {
                problems.add(new Problem(file, n.line(), n.column(), where,
                        "'" + Texts.shorten(s.text()) + "' " + bad.why(), "write a whole number in ordinary digits, such as " + Math.max(min, 1)));
                yield OptionalInt.empty();
            }
        };
    }

    /**
     * An optional date from {@link Numbers#EARLIEST_DATE} to {@link Numbers#LATEST_DATE}, written
     * year-month-day. Outside that range a date is a typing mistake, and far outside it the date
     * arithmetic of a pack would overflow.
     */
    Optional<java.time.LocalDate> findDate(String key) {
        return find(key).flatMap(n -> date(n, path(key)));
    }

    /** A required date; see {@link #findDate}. */
    Optional<java.time.LocalDate> expectDate(String key, String hint) {
        return expect(key, hint).flatMap(n -> date(n, path(key)));
    }

    Optional<java.time.LocalDate> date(Node n, String where) {
        return scalarText(n, where).flatMap(text -> {
            switch (Numbers.readDate(text)) {
                case Numbers.DateReading.Valid v -> {
                    return Optional.of(v.date());
                }
                case Numbers.DateReading.Invalid bad -> {
                    problems.add(new Problem(file, n.line(), n.column(), where,
                            "'" + Texts.shorten(text.strip()) + "' " + bad.why(), bad.hint()));
                    return Optional.empty();
                }
            }
        });
    }

    /** A nested mapping's fields. */
    Optional<Fields> nested(String key, boolean required, String hint) {
        Optional<Node> node = required ? expect(key, hint) : find(key);
        return node.flatMap(n -> of(n, file, path(key), problems, printable));
    }

    /** The fields of a mapping found inside this one (a list item), sharing the collector. */
    Optional<Fields> nestedNode(Node node, String where) {
        return of(node, file, where, problems, printable);
    }

    /** The names of the fields the getters have asked for so far: for a whole file, the fields its kind has. */
    Set<String> knownKeys() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(declared));
    }

    /** A field's entry as written (key, line, column and value), without declaring it. */
    Optional<Node.Entry> findEntry(String key) {
        return mapping.find(key);
    }

    /** The fields present that no getter has asked for (yet). */
    List<String> unknownKeys() {
        return mapping.entries().stream().map(Node.Entry::key).filter(k -> !declared.contains(k)).toList();
    }

    /** Reports every field that no getter asked for, suggesting the nearest known name. */
    void finish() {
        for (Node.Entry e : mapping.entries()) {
            if (!declared.contains(e.key())) {
                problems.add(new Problem(file, e.line(), e.column(), path(Texts.shorten(e.key())), "unknown field",
                        Suggestions.hint(e.key(), declared)));
            }
        }
    }

    void problem(Node at, String where, String message, String hint) {
        problems.add(new Problem(file, at.line(), at.column(), where, message, hint));
    }

    Optional<String> scalarText(Node node, String where) {
        if (node instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) return Optional.of(s.text());
        if (isNull(node)) {
            problems.add(new Problem(file, node.line(), node.column(), where, "is empty",
                    "write the value after the '-' or ':', or delete the line"));
            return Optional.empty();
        }
        problems.add(new Problem(file, node.line(), node.column(), where,
                "expected text but found " + node.describe(), node instanceof Node.Mapping
                        ? "text containing ': ' must be put in quotes" : "write it on one line after the colon"));
        return Optional.empty();
    }

    Optional<String> text(Node node, String where, int maxLength) {
        return scalarText(node, where).flatMap(raw -> {
            Optional<String> defect = Texts.findDefect(raw, maxLength, printable);
            if (defect.isPresent()) {
                problems.add(new Problem(file, node.line(), node.column(), where, defect.get(), Texts.hintFor(defect.get(), maxLength)));
                return Optional.empty();
            }
            return Optional.of(Texts.normalise(raw));
        });
    }

    static boolean isNull(Node node) {
        return node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL;
    }

    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map((Function<E, String>) Keyed::key).toList();
    }

    private static String lastPart(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
