package org.handouts.content;

import org.handouts.figures.Stage;
import org.handouts.model.Advice;
import org.handouts.model.Brand;
import org.handouts.model.Equipment;
import org.handouts.model.Exercise;
import org.handouts.model.Library;
import org.handouts.model.Picture;
import org.handouts.model.Problem;
import org.handouts.model.Routine;
import org.handouts.model.Source;
import org.handouts.model.Translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the {@code translations:} block of each content file and builds the content in every
 * language a block names ({@link Translation}). The block sits beside the English, keyed by
 * language code, and mirrors only the translatable text fields of the file's type:
 * <pre>
 * name: Knee hug
 * steps: [...]
 * translations:
 *   es:
 *     name: Abrazo de rodilla
 *     steps: [...]          # as many items as the English, in the same order
 * </pre>
 * A defect in a block (an unknown or untranslatable field, blank text, a bad language code, a
 * letter no font has) is a problem wherever it is. A translation that is missing or has a list
 * of another length is a {@link Translation.Gap}: an error only where a document published in that
 * language prints the file ({@link #requireFor}), so a translator can work on a language nobody
 * publishes yet.
 */
final class Translations {
    static final String FIELD = "translations";
    /** More items than any English list may have, so a longer translation is told by its count. */
    private static final int MAX_ITEMS = 50;

    /** One content file whose English loaded, kept to judge what its translations lack. */
    private record Item(ContentLoader.Kind kind, String id, Fields english, Object value) {
        String key() {
            return kind.folder + "/" + id;
        }
    }

    /** What the files say in one language. */
    private static final class InLanguage {
        final Map<String, Object> values = new HashMap<>();
        final Set<String> written = new HashSet<>();
        final List<Translation.Gap> gaps = new ArrayList<>();
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, InLanguage> languages = new TreeMap<>();

    /**
     * Reads the block of one file, after its English fields; {@code english} is empty when they
     * had problems (the block is then only declared, not judged).
     */
    void read(ContentLoader.Kind kind, String id, Fields f, Optional<?> english) {
        Optional<Node> node = f.find(FIELD);
        english.ifPresent(value -> items.add(new Item(kind, id, f, value)));
        if (node.isEmpty()) return;
        if (!(node.get() instanceof Node.Mapping)) {
            f.problem(node.get(), FIELD, "expected languages with their fields but found " + node.get().describe(),
                    "write a language code, such as es:, on its own line under translations:, and its fields indented under it");
            return;
        }
        Optional<Fields> byLanguage = f.nestedNode(node.get(), FIELD);
        if (byLanguage.isEmpty()) return;
        Fields codes = byLanguage.get();
        for (Node.Entry entry : ((Node.Mapping) codes.node()).entries()) {
            String code = entry.key();
            Optional<String[]> defect = LanguageCodes.findDefect(code);
            if (defect.isPresent()) {
                codes.findWritten(code);
                f.problem(new Node.Scalar(code, Node.Scalar.Type.TEXT, entry.line(), entry.column()),
                        codes.path(Texts.shorten(code)), defect.get()[0], defect.get()[1]);
                continue;
            }
            Optional<Fields> block = codes.nested(code, true, "write the " + LanguageCodes.describe(code)
                    + " text fields under " + code + ":, indented");
            if (block.isEmpty() || english.isEmpty()) continue;
            Item item = new Item(kind, id, f, english.get());
            InLanguage language = languages.computeIfAbsent(code, c -> new InLanguage());
            language.written.add(item.key());
            Block b = new Block(item, block.get(), code);
            translate(item, b).ifPresent(value -> language.values.put(item.key(), value));
            language.gaps.addAll(b.gaps);
        }
    }

    /**
     * The content in each language some file is translated into: every brand (with its English
     * fields where it has no translation of them) and every other item that is fully translated.
     */
    SequencedMap<String, Translation> build(Library english) {
        SequencedMap<String, Translation> out = new LinkedHashMap<>();
        languages.forEach((code, language) -> {
            for (Item item : items) {
                if (language.written.contains(item.key())) continue;
                judgeUnwritten(item, code, language);
            }
            out.put(code, new Translation(code, library(english, language), language.gaps));
        });
        return out;
    }

    /**
     * A file with no block for a language: one gap listing what to translate, or, when the English
     * has no text to translate (a source without a note), the item as it is.
     */
    private void judgeUnwritten(Item item, String code, InLanguage language) {
        Node.Mapping root = (Node.Mapping) item.english().node();
        Optional<Node.Entry> written = item.english().findEntry(FIELD);
        Node at = written.<Node>map(e -> new Node.Scalar(FIELD, Node.Scalar.Type.TEXT, e.line(), e.column())).orElse(root);
        Node.Mapping nothing = new Node.Mapping(List.of(), at.line(), at.column());
        Block b = new Block(item, item.english().nestedNode(nothing, FIELD + "." + code).orElseThrow(), code);
        Optional<?> value = translate(item, b);
        if (b.wanted.isEmpty()) {
            value.ifPresent(v -> language.values.put(item.key(), v));
            return;
        }
        language.gaps.add(new Translation.Gap(item.kind().folder, item.id(), new Problem(item.english().file(), at.line(),
                at.column(), FIELD, "no " + LanguageCodes.describe(code) + " translation",
                (written.isPresent() ? "add " + code + ": under translations: with " : "add translations: " + code + ": with ")
                        + and(b.wanted) + ", as in English")));
    }

    /** "name, purpose and steps (4 items)". */
    private static String and(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static Library library(Library english, InLanguage language) {
        SequencedMap<String, Brand> brands = new LinkedHashMap<>();
        english.brands().forEach((id, brand) -> brands.put(id, (Brand) language.values.getOrDefault(key(ContentLoader.Kind.BRAND, id), brand)));
        SequencedMap<String, Source> sources = present(english.sources(), ContentLoader.Kind.SOURCE, language);
        SequencedMap<String, Exercise> exercises = new LinkedHashMap<>();
        present(english.exercises(), ContentLoader.Kind.EXERCISE, language).forEach((id, exercise) -> {
            List<Equipment> equipment = exercise.equipment().stream()
                    .map(e -> (Equipment) language.values.get(key(ContentLoader.Kind.EQUIPMENT, e.id()))).toList();
            // An exercise whose equipment is not translated is left out, like an untranslated one.
            if (!equipment.contains(null)) exercises.put(id, exercise.withEquipment(equipment));
        });
        return new Library(brands, sources, exercises, present(english.advice(), ContentLoader.Kind.ADVICE, language),
                present(english.routines(), ContentLoader.Kind.ROUTINE, language));
    }

    /** The translated items of one kind, in the English order. */
    @SuppressWarnings("unchecked")
    private static <T> SequencedMap<String, T> present(Map<String, T> english, ContentLoader.Kind kind, InLanguage language) {
        SequencedMap<String, T> out = new LinkedHashMap<>();
        for (String id : english.keySet()) {
            Object value = language.values.get(key(kind, id));
            if (value != null) out.put(id, (T) value);
        }
        return out;
    }

    private static String key(ContentLoader.Kind kind, String id) {
        return kind.folder + "/" + id;
    }

    /**
     * What stops the {@code routines} and the {@code exercises} (a pack's additions) from being
     * published in {@code language}: the gaps of every file their documents print (the routine, the
     * next routine whose title it names, its exercises, their equipment, its advice and every source
     * cited). English has none. Empty when nothing at all is translated into the language: the
     * caller says where the language was asked for ({@link #nothingTranslated}).
     */
    static Optional<List<Problem>> findGaps(Library library, String language, Collection<String> routines,
                                            Collection<String> exercises) {
        if (language.equals(Library.CONTENT_LANGUAGE) || (routines.isEmpty() && exercises.isEmpty())) return Optional.of(List.of());
        Set<String> printed = printedFiles(library, routines, exercises);
        return library.findTranslation(language).map(t -> t.gaps().stream()
                .filter(g -> printed.contains(g.folder() + "/" + g.id())).map(Translation.Gap::problem).distinct().toList());
    }

    /** The problem of a language nothing is translated into, located where it was asked for. */
    static Problem nothingTranslated(String file, int line, int column, String field, String language) {
        return new Problem(file, line, column, field, "nothing is translated into " + LanguageCodes.describe(language),
                "add translations: " + language + ": to each content file; see docs/languages.md");
    }

    private static Set<String> printedFiles(Library library, Collection<String> routines, Collection<String> exercises) {
        Set<String> out = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>();
        List<String> printedExercises = new ArrayList<>(exercises);
        for (String id : routines) {
            Routine routine = library.routines().get(id);
            if (routine == null) continue;
            out.add(key(ContentLoader.Kind.ROUTINE, id));
            routine.next().ifPresent(next -> out.add(key(ContentLoader.Kind.ROUTINE, next)));
            List<String> advice = new ArrayList<>(List.of(routine.stopIf(), routine.warmUp(), routine.coolDown()));
            advice.addAll(routine.advice());
            for (String a : advice) {
                out.add(key(ContentLoader.Kind.ADVICE, a));
                Optional.ofNullable(library.advice().get(a)).ifPresent(x -> sources.addAll(x.sources()));
            }
            routine.items().forEach(item -> printedExercises.add(item.exerciseId()));
        }
        for (String id : printedExercises) {
            out.add(key(ContentLoader.Kind.EXERCISE, id));
            Optional.ofNullable(library.exercises().get(id)).ifPresent(e -> {
                e.equipment().forEach(q -> out.add(key(ContentLoader.Kind.EQUIPMENT, q.id())));
                sources.addAll(e.sources());
            });
        }
        sources.forEach(s -> out.add(key(ContentLoader.Kind.SOURCE, s)));
        return out;
    }

    private static Optional<?> translate(Item item, Block b) {
        return switch (item.value()) {
            case Exercise e -> exercise(e, b);
            case Routine r -> routine(r, b);
            case Advice a -> advice(a, b);
            case Equipment q -> equipment(q, b);
            case Source s -> source(s, b);
            case Brand brand -> brand(brand, b);
            default -> throw new IllegalArgumentException("not content: " + item.value());
        };
    }

    private static Optional<Exercise> exercise(Exercise en, Block b) {
        var name = b.text("name", ContentLoader.NAME);
        var aliases = b.list("aliases", ContentLoader.NAME, en.aliases());
        var purpose = b.text("purpose", ContentLoader.SENTENCE);
        var start = b.text("start", ContentLoader.SENTENCE);
        var steps = b.list("steps", ContentLoader.SENTENCE, en.steps());
        var tips = b.list("tips", ContentLoader.SENTENCE, en.tips());
        var cautions = b.list("cautions", ContentLoader.SENTENCE, en.cautions());
        var pictures = b.pictureAlts(en.pictures());
        if (!b.finish()) return Optional.empty();
        return Optional.of(new Exercise(en.id(), name.get(), aliases.get(), en.category(), en.positions(), purpose.get(),
                start.get(), steps.get(), en.dose(), tips.get(), cautions.get(), en.equipment(), en.sources(), en.figure(),
                pictures.get()));
    }

    private static Optional<Routine> routine(Routine en, Block b) {
        var title = b.text("title", ContentLoader.TITLE);
        var topic = b.text("topic", ContentLoader.NAME);
        var forWhom = b.text("for_whom", ContentLoader.SENTENCE);
        var movingUp = b.list("moving_up", ContentLoader.SENTENCE, en.movingUp());
        if (!b.finish()) return Optional.empty();
        return Optional.of(new Routine(en.id(), title.get(), topic.get(), en.level(), forWhom.get(), en.howOften(),
                en.minutes(), en.stopIf(), en.warmUp(), en.items(), en.coolDown(), en.advice(), movingUp.get(), en.next()));
    }

    private static Optional<Advice> advice(Advice en, Block b) {
        var title = b.text("title", ContentLoader.TITLE);
        var intro = b.optionalText("intro", ContentLoader.SENTENCE, en.intro());
        var points = b.list("points", ContentLoader.SENTENCE, en.points());
        if (!b.finish()) return Optional.empty();
        return Optional.of(new Advice(en.id(), title.get(), intro.get(), points.get(), en.sources()));
    }

    private static Optional<Equipment> equipment(Equipment en, Block b) {
        var words = b.text("words", ContentLoader.NAME);
        if (!b.finish()) return Optional.empty();
        return Optional.of(new Equipment(en.id(), words.get()));
    }

    /**
     * A source's title is cited as it was published. Its publisher is too when it is a name ("NHS
     * website"), so its translation is optional; but a publisher the content describes ("A general
     * health website") is words a reader of another language needs in theirs.
     */
    private static Optional<Source> source(Source en, Block b) {
        var note = b.optionalText("note", ContentLoader.SENTENCE, en.note());
        Fields t = b.t;
        var publisher = t.has("publisher") ? t.expectText("publisher", ContentLoader.SHORT, "who published it, in " + b.languageName)
                : Optional.of(en.publisher());
        if (!b.finish()) return Optional.empty();
        return Optional.of(new Source(en.id(), en.title(), publisher.get(), note.get()));
    }

    /** A brand's translated fields are optional: a name or address may stay as it is. */
    private static Optional<Brand> brand(Brand en, Block b) {
        Fields t = b.t;
        var name = t.has("name") ? t.expectText("name", ContentLoader.NAME, "the clinic's name in " + b.languageName) : Optional.of(en.name());
        var address = t.has("address") ? t.textList("address", true, 1, 5, ContentLoader.SHORT, "the address, one line per item")
                : Optional.of(en.address());
        var disclaimer = t.has("disclaimer") ? t.expectText("disclaimer", ContentLoader.DISCLAIMER, "the disclaimer in " + b.languageName)
                : Optional.of(en.disclaimer());
        if (!b.finish()) return Optional.empty();
        return Optional.of(en.withText(name.get(), address.get(), disclaimer.get()));
    }

    /** The translatable fields of each kind of file, in the order a translator meets them. */
    private static List<String> translatable(ContentLoader.Kind kind) {
        return switch (kind) {
            case EXERCISE -> List.of("name", "aliases", "purpose", "start", "steps", "tips", "cautions", OwnPictures.FIELD);
            case ROUTINE -> List.of("title", "topic", "for_whom", "moving_up");
            case ADVICE -> List.of("title", "intro", "points");
            case EQUIPMENT -> List.of("words");
            case SOURCE -> List.of("publisher", "note");
            case BRAND -> List.of("name", "address", "disclaimer");
        };
    }

    /**
     * The translation of one file into one language: reads its fields against the English ones,
     * recording a gap for each translation missing (located at the English it translates) and a
     * problem for each defect.
     */
    private static final class Block {
        final Item item;
        final Fields t;
        final String language;
        final String languageName;
        final List<Translation.Gap> gaps = new ArrayList<>();
        /** What is missing, as a translator would add it: "steps (4 items)". */
        final List<String> wanted = new ArrayList<>();
        private final int problemsBefore;

        Block(Item item, Fields t, String language) {
            this.item = item;
            this.t = t;
            this.language = language;
            this.languageName = LanguageCodes.describe(language);
            this.problemsBefore = t.problemCount();
            translatable(item.kind()).forEach(t::findWritten);
        }

        Optional<String> text(String key, int maxLength) {
            if (!t.has(key)) {
                missing(key, key, "add " + key + ": under translations: " + language + ":");
                return Optional.empty();
            }
            return t.expectText(key, maxLength, "write the " + languageName + " text, or remove the line");
        }

        /** A text the English may leave out: then the translation must leave it out too. */
        Optional<Optional<String>> optionalText(String key, int maxLength, Optional<String> english) {
            if (english.isEmpty()) {
                notInEnglish(key);
                return Optional.of(Optional.empty());
            }
            return text(key, maxLength).map(Optional::of);
        }

        /** A list with as many items as the English, item for item. */
        Optional<List<String>> list(String key, int maxLength, List<String> english) {
            if (english.isEmpty()) {
                notInEnglish(key);
                return Optional.of(List.of());
            }
            String count = english.size() == 1 ? "1 item" : english.size() + " items";
            if (!t.has(key)) {
                missing(key, key + " (" + count + ")", "add " + key + ": with " + count + ", as in English, under translations: "
                        + language + ":");
                return Optional.empty();
            }
            Optional<List<String>> items = t.textList(key, true, 1, MAX_ITEMS, maxLength, "write " + count + ", as in English");
            if (items.isPresent() && items.get().size() != english.size()) {
                Node.Entry at = t.findEntry(key).orElseThrow();
                gap(new Problem(t.file(), at.line(), at.column(), t.path(key),
                        "has " + items.get().size() + (items.get().size() == 1 ? " item" : " items") + ", but the English has " + english.size(),
                        (key.equals("steps") ? "steps are numbered: " : "") + "translate each English item as one item, in the same order"));
                return Optional.empty();
            }
            return items;
        }

        /**
         * The alt texts of the clinic's own pictures ({@code pictures: {start: {alt: ...}}}), for
         * each stage whose English picture has one; the pictures themselves are the same.
         */
        Optional<Map<Stage, Picture>> pictureAlts(Map<Stage, Picture> english) {
            List<Stage> described = english.entrySet().stream().filter(e -> e.getValue().alt().isPresent()).map(Map.Entry::getKey).toList();
            if (described.isEmpty()) {
                notInEnglish(OwnPictures.FIELD);
                return Optional.of(english);
            }
            if (!t.has(OwnPictures.FIELD)) {
                described.forEach(stage -> missingAlt(stage));
                return Optional.empty();
            }
            Optional<Fields> block = t.nested(OwnPictures.FIELD, true, "give the alt text of each picture, such as start: {alt: ...}");
            if (block.isEmpty()) return Optional.empty();
            Fields p = block.get();
            Map<Stage, Picture> out = new EnumMap<>(english);
            boolean ok = true;
            for (Stage stage : Stage.values()) {
                Optional<Node> node = p.findWritten(stage.key());
                if (!described.contains(stage)) {
                    node.ifPresent(n -> p.problem(n, p.path(stage.key()), "the English has no alt text for a " + stage.key() + " picture",
                            "translate only the alt texts the English pictures: block has"));
                    ok &= node.isEmpty();
                    continue;
                }
                if (node.isEmpty()) {
                    missingAlt(stage);
                    ok = false;
                    continue;
                }
                Optional<Fields> stageFields = p.nestedNode(node.get(), p.path(stage.key()));
                Optional<String> alt = stageFields.flatMap(s -> {
                    if (!s.has("alt")) {
                        missingAlt(stage);
                        return Optional.empty();
                    }
                    return s.expectText("alt", OwnPictures.ALT, "say in a sentence what the picture shows");
                });
                stageFields.ifPresent(s -> judgeUndeclared(s, Set.of("file"), List.of("alt")));
                alt.ifPresent(a -> {
                    Picture en = english.get(stage);
                    out.put(stage, new Picture(en.file(), en.format(), en.width(), en.height(), Optional.of(a)));
                });
                ok &= alt.isPresent();
            }
            p.finish();
            return ok ? Optional.of(out) : Optional.empty();
        }

        private void missingAlt(Stage stage) {
            String path = OwnPictures.FIELD + "." + stage.key() + ".alt";
            missing(path, path, "add pictures: with " + stage.key() + ": {alt: ...} under translations: " + language + ":");
        }

        /** A text the translation gives that the English does not have. */
        private void notInEnglish(String key) {
            t.findEntry(key).ifPresent(e -> t.problem(new Node.Scalar(key, Node.Scalar.Type.TEXT, e.line(), e.column()),
                    t.path(key), "the English has no " + key + " to translate",
                    "remove it here, or write the English " + key + " first"));
        }

        /** A translation missing: located at the English field it translates. */
        private void missing(String path, String what, String hint) {
            Node at = englishNode(path);
            wanted.add(what);
            gap(new Problem(item.english().file(), at.line(), at.column(), path,
                    "no " + languageName + " translation", hint));
        }

        private void gap(Problem problem) {
            gaps.add(new Translation.Gap(item.kind().folder, item.id(), problem));
        }

        /** The English entry at a dotted path, or the nearest one above it. */
        private Node englishNode(String path) {
            Node at = item.english().node();
            Node.Mapping mapping = (Node.Mapping) at;
            for (String part : path.split("\\.")) {
                Optional<Node.Entry> entry = mapping.find(part);
                if (entry.isEmpty()) break;
                at = new Node.Scalar(part, Node.Scalar.Type.TEXT, entry.get().line(), entry.get().column());
                if (!(entry.get().value() instanceof Node.Mapping inner)) break;
                mapping = inner;
            }
            return at;
        }

        /** Reports the fields no reader asked for; whether the translation is complete and sound. */
        boolean finish() {
            Set<String> english = new LinkedHashSet<>(item.english().knownKeys());
            english.remove(FIELD);
            judgeUndeclared(t, english, translatable(item.kind()));
            return gaps.isEmpty() && t.problemCount() == problemsBefore;
        }

        /**
         * A field of the English that is not translated says why (it prints from the message
         * bundle, or is the same in every language); any other is unknown, with a did-you-mean.
         */
        private void judgeUndeclared(Fields fields, Set<String> englishKeys, List<String> translatableKeys) {
            for (String key : fields.unknownKeys()) {
                Node.Entry e = fields.findEntry(key).orElseThrow();
                Node at = new Node.Scalar(key, Node.Scalar.Type.TEXT, e.line(), e.column());
                String where = fields.path(Texts.shorten(key));
                if (englishKeys.contains(key)) {
                    fields.problem(at, where, "is not translated: " + whyNotTranslated(key),
                            "remove " + key + ": from translations: " + language + ":");
                } else {
                    fields.problem(at, where, "unknown field", Suggestions.hint(key, translatableKeys));
                }
                fields.findWritten(key);
            }
        }

        private String whyNotTranslated(String key) {
            if (item.kind() == ContentLoader.Kind.SOURCE && key.equals("title")) {
                return "a source is cited as it was published";
            }
            return switch (key) {
                case "dose", "category", "position", "level", "how_often", "minutes" ->
                        "it prints in " + languageName + " from the message bundle templates/messages/" + language + ".yaml";
                case "figure" -> "the drawing is the same in every language, and its words come from the message bundle templates/messages/"
                        + language + ".yaml";
                default -> "it is the same in every language";
            };
        }
    }
}
