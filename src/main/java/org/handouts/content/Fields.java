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

    /** The raw node of a field, declaring it as known. */
    Optional<Node> find(String key) {
        declared.add(key);
        return mapping.find(key).map(Node.Entry::value).filter(v -> !isNull(v));
    }

    /** The node of a field that must be present. */
    Optional<Node> expect(String key, String hint) {
        Optional<Node> node = find(key);
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
            for (int i = 0; i < items.size(); i++) {
                text(items.get(i), path(key) + "[" + (i + 1) + "]", maxLength).ifPresent(out::add);
            }
            return out;
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

    OptionalInt findInt(String key, int min, int max) {
        Optional<Node> node = find(key);
        if (node.isEmpty()) return OptionalInt.empty();
        Node n = node.get();
        if (!(n instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.INTEGER) {
            String found = n instanceof Node.Scalar other ? "'" + Texts.shorten(other.text()) + "'" : n.describe();
            problems.add(new Problem(file, n.line(), n.column(), path(key),
                    "expected a whole number but found " + found, "write a number such as " + Math.max(min, 1)));
            return OptionalInt.empty();
        }
        long value;
        try {
            value = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        if (value < min || value > max) {
            problems.add(new Problem(file, n.line(), n.column(), path(key),
                    value < min ? "must be at least " + min : "must be at most " + max, "found " + Texts.shorten(s.text())));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
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
