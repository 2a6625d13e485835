package org.handouts.content;

import org.handouts.languages.Keys;
import org.handouts.languages.Languages;
import org.handouts.languages.Messages;
import org.handouts.model.DisplayPaths;
import org.handouts.model.FileErrors;
import org.handouts.model.Glyphs;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Reads the message bundles, {@code <templates>/messages/<code>.yaml}: a {@code locale} and every
 * message of {@link Keys#ALL}, grouped by the parts of their keys ({@code days: {monday: ...}} is
 * {@code days.monday}). Every problem of every bundle is reported at once, located in its file:
 * a missing or unknown key, a pattern ICU cannot read or one using an argument the program does
 * not pass, a character no font prints.
 */
public final class MessagesReader {
    /** The folder below the templates folder. */
    public static final String FOLDER = "messages";
    private static final String EXTENSION = ".yaml";

    private final Path displayBase;
    private final IntPredicate printable;
    private final YamlReader yaml = new YamlReader();

    /**
     * @param displayBase paths in messages are shown relative to this folder
     * @param printable   which characters the fonts can print
     */
    public MessagesReader(Path displayBase, IntPredicate printable) {
        this.displayBase = displayBase;
        this.printable = printable;
    }

    /**
     * The language codes of the bundles in {@code templates/messages/}, from their file names
     * alone (none is read): what the content needs to check a brand's languages. Empty when the
     * folder cannot be listed; {@link #read} then says why.
     */
    public static List<String> codes(Path templates) {
        try (Stream<Path> list = Files.list(templates.resolve(FOLDER))) {
            return list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(EXTENSION))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length())).filter(Languages::isCode).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Every bundle in {@code templates/messages/}, or throws with every problem found. */
    public Languages read(Path templates) {
        Path folder = templates.resolve(FOLDER);
        String shownFolder = DisplayPaths.of(folder, displayBase);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            throw new InvalidContentException(new Problem(shownFolder, 0, 0, "", "message bundles not found",
                    "copy templates/messages/ from the shipped project into your templates folder"));
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(shownFolder, 0, 0, "", "cannot read the folder: "
                    + FileErrors.reason(e), "check the folder's permissions"));
        }
        Problems problems = new Problems();
        Map<String, Map<String, String>> read = new LinkedHashMap<>();
        Map<String, String> locales = new LinkedHashMap<>();
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String code = name.substring(0, name.length() - EXTENSION.length());
            String shown = DisplayPaths.of(file, displayBase);
            if (!Languages.isCode(code)) {
                problems.add(new Problem(shown, 0, 0, "", "'" + code + "' is not a language code",
                        "name a bundle by its language's two- or three-letter code in lower case, such as cy.yaml"));
                continue;
            }
            parse(file, shown, code, problems).ifPresent(p -> parsed.put(code, p));
        }
        if (parsed.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(shownFolder, 0, 0, "", "no message bundle found",
                    "add en.yaml; copy it from the shipped project's templates/messages/"));
        }
        Map<String, String> english = Optional.ofNullable(parsed.get(Languages.CONTENT_LANGUAGE))
                .map(p -> p.values).orElse(Map.of());
        for (var e : parsed.entrySet()) {
            if (check(e.getValue(), english, problems)) {
                read.put(e.getKey(), e.getValue().values);
                locales.put(e.getKey(), e.getValue().locale);
            }
        }
        if (!problems.isEmpty()) throw new InvalidContentException(problems.sorted());
        List<Messages> bundles = new ArrayList<>();
        read.forEach((code, values) -> bundles.add(new Messages(code, locales.get(code), values)));
        return new Languages(bundles);
    }

    /** A bundle as read: its locale, its messages by key with where each is, and where its groups start. */
    private record Parsed(String shown, String code, String locale, Map<String, String> values,
                          Map<String, Node> at, Map<String, Node> groups, Node root) {
    }

    private Optional<Parsed> parse(Path file, String shown, String code, Problems problems) {
        byte[] bytes;
        try {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(YamlReader.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, 0, "", "cannot read the file: " + FileErrors.reason(e), "check its permissions"));
            return Optional.empty();
        }
        YamlReader.Result result = yaml.read(shown, bytes);
        if (result instanceof YamlReader.Result.Failed failed) {
            problems.addAll(failed.problems());
            return Optional.empty();
        }
        Node root = ((YamlReader.Result.Parsed) result).root();
        if (!(root instanceof Node.Mapping mapping)) {
            problems.add(new Problem(shown, root.line(), root.column(), "", "must be a set of fields, not " + root.describe(),
                    "start with 'locale: " + code + "' and the groups of messages; copy en.yaml"));
            return Optional.empty();
        }
        String locale = null;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Node> at = new LinkedHashMap<>();
        Map<String, Node> groups = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries()) {
            if (entry.key().equals("locale")) {
                locale = locale(entry, shown, code, problems);
            } else {
                flatten(entry.key(), entry, shown, values, at, groups, problems);
            }
        }
        if (locale == null && mapping.find("locale").isEmpty()) {
            problems.add(new Problem(shown, mapping.line(), mapping.column(), "locale", "missing",
                    "say which locale the bundle is written for, such as 'locale: " + code + "-" + code.toUpperCase(Locale.ROOT) + "'"));
        }
        if (locale == null) return Optional.empty();
        return Optional.of(new Parsed(shown, code, locale, values, at, groups, mapping));
    }

    private static String locale(Node.Entry entry, String shown, String code, Problems problems) {
        if (!(entry.value() instanceof Node.Scalar s) || s.type() != Node.Scalar.Type.TEXT) {
            problems.add(new Problem(shown, entry.value().line(), entry.value().column(), "locale",
                    "must be a locale such as " + code + "-GB, not " + entry.value().describe(), ""));
            return null;
        }
        Locale parsed = Locale.forLanguageTag(s.text().strip());
        if (!parsed.getLanguage().equals(code) || !parsed.toLanguageTag().equalsIgnoreCase(s.text().strip())) {
            problems.add(new Problem(shown, s.line(), s.column(), "locale",
                    "'" + s.text() + "' is not a locale of language '" + code + "'",
                    "write the language code, a hyphen and the country, such as " + code + "-" + code.toUpperCase(Locale.ROOT)));
            return null;
        }
        return parsed.toLanguageTag();
    }

    private void flatten(String key, Node.Entry entry, String shown, Map<String, String> values, Map<String, Node> at,
                         Map<String, Node> groups, Problems problems) {
        Node value = entry.value();
        if (value instanceof Node.Mapping m) {
            groups.put(key, m);
            for (Node.Entry e : m.entries()) flatten(key + "." + e.key(), e, shown, values, at, groups, problems);
            return;
        }
        if (!(value instanceof Node.Scalar s) || s.type() == Node.Scalar.Type.NULL) {
            problems.add(new Problem(shown, value.line(), value.column(), key, "must be text, not " + value.describe(),
                    "write the message on one line; put it in double quotes if it starts with { or holds ': '"));
            return;
        }
        if (values.containsKey(key)) {
            Node first = at.get(key);
            problems.add(new Problem(shown, entry.line(), entry.column(), key, "is given twice (first on line " + first.line() + ")",
                    "remove one of them"));
            return;
        }
        values.put(key, s.text());
        at.put(key, s);
    }

    /** Reports what is wrong with a parsed bundle; true when nothing is. */
    private boolean check(Parsed p, Map<String, String> english, Problems problems) {
        int before = problems.size();
        for (var e : p.values.entrySet()) {
            Node where = p.at.get(e.getKey());
            if (!Keys.ALL.containsKey(e.getKey())) {
                String hint = Suggestions.findClosest(e.getKey(), Keys.ALL.keySet()).map(c -> "did you mean '" + c + "'?")
                        .orElse("remove it; en.yaml lists every message");
                problems.add(new Problem(p.shown, where.line(), where.column(), e.getKey(), "not a message the program prints", hint));
                continue;
            }
            Optional<String> problem = Messages.problemWith(e.getKey(), e.getValue(), p.locale);
            if (problem.isPresent()) {
                List<String> args = Keys.ALL.get(e.getKey());
                problems.add(new Problem(p.shown, where.line(), where.column(), e.getKey(), problem.get(),
                        english.containsKey(e.getKey()) && !p.code.equals(Languages.CONTENT_LANGUAGE)
                                ? "the English is: " + english.get(e.getKey())
                                : args.isEmpty() ? "write plain text; a { needs quoting as '{'"
                                : "it may use " + Messages.braced(args) + "; see docs/languages.md"));
                continue;
            }
            List<Integer> missing = e.getValue().codePoints().filter(cp -> !Character.isWhitespace(cp) && !printable.test(cp))
                    .distinct().boxed().toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(p.shown, where.line(), where.column(), e.getKey(),
                        Glyphs.describeMissing(missing) + " in no font of the stack and would not print", Glyphs.MISSING_HINT));
            }
        }
        for (var e : Keys.ALL.entrySet()) {
            if (p.values.containsKey(e.getKey())) continue;
            Node where = groupOf(p, e.getKey());
            String hint = english.containsKey(e.getKey()) && !p.code.equals(Languages.CONTENT_LANGUAGE)
                    ? "add it, translating the English: " + english.get(e.getKey())
                    : "add it; the shipped templates/messages/en.yaml has every message";
            problems.add(new Problem(p.shown, where.line(), where.column(), e.getKey(), "missing", hint));
        }
        return problems.size() == before;
    }

    /** Where a missing key belongs: the nearest group of it that the file has, or the file's first field. */
    private static Node groupOf(Parsed p, String key) {
        for (String group = parent(key); group != null; group = parent(group)) {
            Node g = p.groups.get(group);
            if (g != null) return g;
        }
        return p.root;
    }

    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }
}
