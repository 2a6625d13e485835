package org.handouts.content;

import org.handouts.images.ImageBudget;
import org.handouts.model.DisplayPaths;
import org.handouts.model.Advice;
import org.handouts.model.Brand;
import org.handouts.model.Variant;
import org.handouts.model.Catalogue;
import org.handouts.model.Category;
import org.handouts.model.Colour;
import org.handouts.model.DosePatch;
import org.handouts.model.Equipment;
import org.handouts.model.Exercise;
import org.handouts.model.FileErrors;
import org.handouts.model.Frequency;
import org.handouts.model.Ids;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Level;
import org.handouts.model.PdfProbe;
import org.handouts.model.Library;
import org.handouts.model.Position;
import org.handouts.model.Problem;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;
import org.handouts.model.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Loads and validates a content folder into a {@link Library}. Every file is read and checked
 * before anything is built, and all problems are reported together in one
 * {@link InvalidContentException}.
 */
public final class ContentLoader {
    static final int NAME = 60;
    static final int TITLE = 80;
    static final int SENTENCE = 300;
    static final int SHORT = 100;
    static final int DISCLAIMER = 200;
    static final int MAX_FILES_PER_FOLDER = 500;
    /** Folders of the output folder that commands other than build write to. */
    static final Set<String> RESERVED_BRAND_IDS = Set.of("packs", "previews");
    /** A routine's web page is {@code <routine>.html} beside the brand's {@code index.html}. */
    static final Set<String> RESERVED_ROUTINE_IDS = Set.of("index");
    private static final LocalFile LOGO = new LocalFile("logo", "logo.png", "the brand file");
    /** The weekly tracker holds this many exercise rows on one landscape page. */
    public static final int MAX_ROUTINE_EXERCISES = 10;

    /** The folders of a content tree, one per kind of file. */
    enum Kind {
        BRAND("brands", "brand"), SOURCE("sources", "source"), EQUIPMENT("equipment", "equipment", true),
        EXERCISE("exercises", "exercise"), ADVICE("advice", "advice"), ROUTINE("routines", "routine");

        final String folder;
        final String noun;
        /** A folder content can do without (a clinic whose exercises need no equipment). */
        final boolean optional;

        Kind(String folder, String noun) {
            this(folder, noun, false);
        }

        Kind(String folder, String noun, boolean optional) {
            this.folder = folder;
            this.noun = noun;
            this.optional = optional;
        }
    }

    /** A reference from one file to another thing by id, kept with its position for checking. */
    private record Reference(Kind target, String id, String file, int line, int column, String field) {
    }

    private final Path root;
    private final Path displayBase;
    private final IntPredicate printable;
    private final FolderScan.Lister lister;
    private final PdfProbe pdfs;
    private final Function<Brand, ? extends Collection<String>> languagesOf;
    /** The language codes with a message bundle; empty accepts any well-formed code. */
    private final java.util.SortedSet<String> languages;
    private final YamlReader yaml = new YamlReader();

    /**
     * @param root        the content folder
     * @param displayBase paths in messages are shown relative to this folder (usually the working
     *                    directory), so they can be clicked in an editor or a CI log
     * @param printable   which characters the fonts can print; text with any other is refused
     * @param pdfs        reads the clinic's own PDF pictures, to check them
     */
    public ContentLoader(Path root, Path displayBase, IntPredicate printable, PdfProbe pdfs) {
        this(root, displayBase, printable, pdfs, FolderScan.FILE_SYSTEM);
    }

    /** With another way to list folders: tests use one that fails as a file system can. */
    ContentLoader(Path root, Path displayBase, IntPredicate printable, PdfProbe pdfs, FolderScan.Lister lister) {
        this(root, displayBase, printable, pdfs, lister, brand -> List.of(Library.CONTENT_LANGUAGE), java.util.Set.of());
    }

    private ContentLoader(Path root, Path displayBase, IntPredicate printable, PdfProbe pdfs, FolderScan.Lister lister,
                          Function<Brand, ? extends Collection<String>> languagesOf, java.util.Set<String> languages) {
        this.root = root;
        this.printable = printable;
        this.displayBase = displayBase;
        this.pdfs = pdfs;
        this.lister = lister;
        this.languagesOf = languagesOf;
        this.languages = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(languages));
    }

    /**
     * The same loader for a run that publishes each brand in {@code languagesOf(brand)}: every
     * content file a document in one of those languages prints must be fully translated into it,
     * or the load fails with a located problem for each translation missing. Without this, the
     * content is published in English only.
     */
    public ContentLoader publishing(Function<Brand, ? extends Collection<String>> languagesOf) {
        return new ContentLoader(root, displayBase, printable, pdfs, lister, languagesOf, languages);
    }

    /**
     * The same loader, accepting in a brand's {@code languages} only these codes (the languages
     * with a message bundle); any other is a located error listing them.
     */
    public ContentLoader withLanguages(java.util.Set<String> available) {
        return new ContentLoader(root, displayBase, printable, pdfs, lister, languagesOf, available);
    }

    /**
     * Reads and validates everything, or throws with every problem found. Files the content does
     * not use (a stray file, an unused picture) come back as the library's warnings.
     */
    public Library load() {
        Problems problems = new Problems();
        Path realRoot = requireReadableRoot();
        List<Reference> refs = new ArrayList<>();
        Map<String, List<Reference>> routineItems = new LinkedHashMap<>();
        Map<Kind, FolderScan.Result> scans = new java.util.EnumMap<>(Kind.class);
        Translations translations = new Translations();
        var brands = read(realRoot, Kind.BRAND, problems, scans, translations, (id, f) -> brand(id, f, refs));
        var sources = read(realRoot, Kind.SOURCE, problems, scans, translations, (id, f) -> source(id, f));
        var equipment = read(realRoot, Kind.EQUIPMENT, problems, scans, translations, (id, f) -> equipment(id, f));
        var exercises = read(realRoot, Kind.EXERCISE, problems, scans, translations, (id, f) -> exercise(id, f, equipment, refs));
        var advice = read(realRoot, Kind.ADVICE, problems, scans, translations, (id, f) -> advice(id, f, refs));
        var routines = read(realRoot, Kind.ROUTINE, problems, scans, translations, (id, f) -> routine(id, f, refs, routineItems));

        Map<Kind, Set<String>> known = Map.of(
                Kind.BRAND, brands.keySet(), Kind.SOURCE, sources.keySet(), Kind.EQUIPMENT, equipment.keySet(),
                Kind.EXERCISE, exercises.keySet(), Kind.ADVICE, advice.keySet(), Kind.ROUTINE, routines.keySet());
        for (Reference r : refs) {
            if (!known.get(r.target()).contains(r.id()) && !failedToLoad(r, scans)) {
                String hint = Suggestions.findClosest(r.id(), known.get(r.target()))
                        .map(c -> "did you mean '" + c + "'?")
                        .orElse("no file " + r.target().folder + "/" + r.id() + ".yaml");
                problems.add(new Problem(r.file(), r.line(), r.column(), r.field(),
                        "unknown " + r.target().noun + " '" + r.id() + "'", hint));
            }
        }
        routineItems.values().forEach(items -> checkGroupedByPosition(items, exercises, problems));
        if (brands.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(display(root.resolve(Kind.BRAND.folder)), 0, 0, "", "no brand found",
                    "add a brand file; see docs/content-format.md"));
        }
        if (routines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(display(root.resolve(Kind.ROUTINE.folder)), 0, 0, "", "no routine found",
                    "add a routine file; see docs/content-format.md"));
        }
        Library english = new Library(brands, sources, exercises, advice, routines);
        Library library = english.withTranslations(translations.build(english));
        requireTranslations(library, problems);
        if (!problems.isEmpty()) throw new InvalidContentException(problems.sorted());
        // Judged only once everything loaded: a brand that failed names no logo, and its logo
        // would be reported as unused.
        Problems warnings = new Problems();
        Set<Path> named = namedFiles(library);
        scans.forEach((kind, scan) -> FolderScan.judgeOthers(scan.others(), kind.noun, named, this::display, warnings));
        return library.withWarnings(warnings.sorted());
    }

    /**
     * Each language the brands publish in must have every file their documents print translated:
     * a translator's unfinished work on a language nobody publishes is not an error.
     */
    private void requireTranslations(Library library, Problems problems) {
        Map<String, Set<String>> routinesByLanguage = new java.util.TreeMap<>();
        for (Brand brand : library.brands().values()) {
            for (String language : languagesOf.apply(brand)) {
                Set<String> routines = routinesByLanguage.computeIfAbsent(language, l -> new java.util.LinkedHashSet<>());
                library.routines().keySet().stream().filter(brand.catalogue()::publishes).forEach(routines::add);
            }
        }
        routinesByLanguage.forEach((language, routines) -> problems.addAll(
                Translations.findGaps(library, language, routines, List.of())
                        .orElseGet(() -> List.of(Translations.nothingTranslated(display(root), 0, 0, "", language)))));
    }

    /**
     * The real path of every file the content names, such as each brand's logo: these may sit in
     * the content folders; any other file there is reported. A new kind of named file (an
     * exercise's own picture) belongs here too.
     */
    private static Set<Path> namedFiles(Library library) {
        Set<Path> named = new HashSet<>();
        library.brands().values().forEach(b -> named.add(b.logo()));
        library.exercises().values().forEach(e -> e.pictures().values().forEach(p -> named.add(p.file())));
        return named;
    }

    /**
     * The content folder's real path, after checking it can be read: an unreadable folder is one
     * problem saying what the system said, not a missing folder for each kind of content.
     */
    private Path requireReadableRoot() {
        String hint = "run from the project folder or pass --content DIR";
        try {
            var attributes = Files.readAttributes(root, java.nio.file.attribute.BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                throw new InvalidContentException(new Problem(display(root), 0, 0, "", "content folder not found: it is a file", hint));
            }
            lister.list(root);
            return root.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidContentException(new Problem(display(root), 0, 0, "", "content folder not found", hint));
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(display(root), 0, 0, "",
                    "cannot read the content folder: " + FileErrors.reason(e), "check the folder's permissions"));
        }
    }

    /**
     * A reference to a file that exists but is itself broken (or is misnamed, as second.YAML) is not
     * reported a second time, nor one into a folder that is missing or unreadable (reported once, as
     * the folder).
     */
    private static boolean failedToLoad(Reference r, Map<Kind, FolderScan.Result> scans) {
        FolderScan.Result scan = scans.get(r.target());
        return scan == null || scan.ids().contains(r.id());
    }

    private <T> SequencedMap<String, T> read(Path realRoot, Kind kind, Problems problems, Map<Kind, FolderScan.Result> scans,
                                            Translations translations, BiFunction<String, Fields, Optional<T>> build) {
        SequencedMap<String, T> out = new LinkedHashMap<>();
        Path folder = realRoot.resolve(kind.folder);
        FolderScan.Result scan;
        try {
            scan = FolderScan.sort(lister.list(folder), this::display, problems);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            if (kind.optional && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return out;
            problems.add(new Problem(display(folder), 0, 0, "", "folder is missing",
                    "create " + kind.folder + "/ with one .yaml file per " + kind.noun));
            return out;
        } catch (IOException e) {
            problems.add(new Problem(display(folder), 0, 0, "", "cannot read the folder: " + FileErrors.reason(e),
                    "check the folder's permissions"));
            return out;
        }
        scans.put(kind, scan);
        List<Path> files = scan.yaml();
        if (files.size() > MAX_FILES_PER_FOLDER) {
            problems.add(new Problem(display(folder), 0, 0, "", "has " + files.size() + " files, more than "
                    + MAX_FILES_PER_FOLDER, "split the content into several projects"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            String shown = display(file);
            if (!Ids.isSafe(id)) {
                problems.add(new Problem(shown, 0, 0, "", "file name '" + Texts.shorten(name) + "' is not a valid id",
                        "use lower-case letters, digits and single hyphens, such as knee-rolls.yaml"));
                continue;
            }
            if (kind == Kind.BRAND && RESERVED_BRAND_IDS.contains(id)) {
                problems.add(new Problem(shown, 0, 0, "", "'" + id + "' cannot be a brand id: output/" + id
                        + "/ holds " + id, "rename the brand file, e.g. " + id + "-clinic.yaml"));
                continue;
            }
            if (kind == Kind.ROUTINE && RESERVED_ROUTINE_IDS.contains(id)) {
                problems.add(new Problem(shown, 0, 0, "", "'" + id + "' cannot be a routine id: " + id
                        + ".html is the list of a brand's routines on the web", "rename the routine file, e.g. " + id + "-routine.yaml"));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new Problem(shown, 0, 0, "", "duplicate id '" + id + "': another file in "
                        + kind.folder + "/ has the same name", "keep one of " + id + ".yaml and " + id + ".yml"));
                continue;
            }
            Optional<byte[]> bytes = readInside(realRoot, file, shown, problems);
            if (bytes.isEmpty()) continue;
            switch (yaml.read(shown, bytes.get())) {
                case YamlReader.Result.Failed failed -> problems.addAll(failed.problems());
                case YamlReader.Result.Parsed parsed when PackLoader.looksLikePack(parsed.root()) ->
                    // One message instead of one per unknown and missing field.
                    problems.add(new Problem(shown, 0, 0, "", "this looks like a pack file (it has 'patient:'), not "
                            + (kind == Kind.ADVICE ? "an advice block" : "a " + kind.noun),
                            "pack files hold personal data: move it to patients/ and run ./handouts pack " + "patients/" + name));
                case YamlReader.Result.Parsed parsed -> {
                    int before = problems.size();
                    Optional<T> value = Fields.of(parsed.root(), shown, "", problems, printable).flatMap(f -> {
                        Optional<T> built = build.apply(id, f);
                        translations.read(kind, id, f, built);
                        f.finish();
                        return built;
                    });
                    if (problems.size() == before) value.ifPresent(v -> out.put(id, v));
                }
            }
        }
        return out;
    }

    /** The file's bytes, if it is a regular file inside the content folder (no escaping by symlink). */
    private Optional<byte[]> readInside(Path realRoot, Path file, String shown, Problems problems) {
        try {
            Path real;
            try {
                real = file.toRealPath();
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add(new Problem(shown, 0, 0, "", "is a link to a file that does not exist",
                        "copy the file into the content folder instead of linking to it"));
                return Optional.empty();
            }
            if (!real.startsWith(realRoot)) {
                problems.add(new Problem(shown, 0, 0, "", "is a link to a file outside the content folder",
                        "copy the file into the content folder instead of linking to it"));
                return Optional.empty();
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(shown, 0, 0, "", Files.isDirectory(real) ? "is a folder, not a file" : "is not a plain file",
                        "content files are plain .yaml files; rename or move it"));
                return Optional.empty();
            }
            if (Files.size(real) > YamlReader.MAX_BYTES) {
                problems.add(new Problem(shown, 0, 0, "", YamlReader.tooLarge(Files.size(real)),
                        "content files hold one exercise, routine or brand each; split it up"));
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(real)) {
                return Optional.of(in.readNBytes(YamlReader.MAX_BYTES + 1));
            }
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, 0, "", "cannot read the file: " + FileErrors.reason(e), "check its permissions"));
            return Optional.empty();
        }
    }

    private Optional<Brand> brand(String id, Fields f, List<Reference> refs) {
        var name = f.expectText("name", NAME, "the clinic's name as printed in the header");
        var logo = f.expectText("logo", LocalFile.MAX_NAME, "file name of a PNG or JPEG logo next to the brand file")
                .flatMap(l -> logo(l, f));
        var colours = f.nested("colours", true, "primary and accent colours, e.g. primary: \"#1f5f8b\"")
                .map(c -> {
                    var primary = colour(c, "primary");
                    var accent = colour(c, "accent");
                    primary.ifPresent(p -> {
                        if (p.contrastWithWhite() < 4.5) {
                            c.problem(c.find("primary").orElseThrow(), c.path("primary"),
                                    String.format(java.util.Locale.ROOT, "%s is too light for white text: contrast %.1f:1, needs at least 4.5:1", p.hex(), p.contrastWithWhite()),
                                    "choose a darker colour");
                        }
                    });
                    c.finish();
                    return primary.isPresent() && accent.isPresent() ? new Colour[] {primary.get(), accent.get()} : null;
                });
        var address = f.textList("address", true, 1, 5, SHORT, "the clinic's address, one line per item");
        var phone = f.expectText("phone", 40, "the phone number as printed");
        var website = f.expectText("website", 60, "the website as printed");
        var email = f.findText("email", 60);
        var disclaimer = f.expectText("disclaimer", DISCLAIMER, "one line such as: This sheet does not replace your own doctor's advice.");
        var catalogue = catalogue(f, refs);
        var variants = variants(f);
        var languageCodes = languages(f);
        if (name.isEmpty() || logo.isEmpty() || colours.isEmpty() || address.isEmpty() || phone.isEmpty()
                || website.isEmpty() || disclaimer.isEmpty() || catalogue.isEmpty() || variants.isEmpty()
                || languageCodes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Brand(id, name.get(), logo.get(), colours.get()[0], colours.get()[1], address.get(),
                phone.get(), website.get(), email, disclaimer.get(), catalogue.get(), variants.get(), languageCodes.get()));
    }

    /**
     * The print variants a brand publishes ({@code variants: [standard, large]}, or one as plain
     * text): standard print only when it names none.
     */
    private static Optional<List<Variant>> variants(Fields f) {
        Optional<Node> node = f.find("variants");
        if (node.isEmpty()) return f.has("variants") ? Optional.empty() : Optional.of(List.of(Variant.STANDARD));
        return f.list(node.get(), "variants", 1, Variant.values().length + 1,
                "name the print variants this brand publishes: " + String.join(", ", Fields.keys(Variant.class))).map(items -> {
            List<Variant> variants = new ArrayList<>();
            boolean bad = false;
            for (int i = 0; i < items.size(); i++) {
                String where = "variants[" + (i + 1) + "]";
                Optional<Variant> v = f.enumValue(items.get(i), where, Variant.class);
                if (v.isEmpty()) {
                    bad = true;
                } else if (variants.contains(v.get())) {
                    f.problem(items.get(i), where, "'" + v.get().key() + "' is already item " + (variants.indexOf(v.get()) + 1),
                            "remove one of them");
                    bad = true;
                } else {
                    variants.add(v.get());
                }
            }
            return bad ? null : variants;
        });
    }

    /**
     * The languages a brand publishes in ({@code languages: [cy, en]}, or one as plain text), the
     * first being its main language: English only when it names none.
     */
    private Optional<List<String>> languages(Fields f) {
        Optional<Node> node = f.find("languages");
        if (node.isEmpty()) return f.has("languages") ? Optional.empty() : Optional.of(List.of("en"));
        String available = languages.isEmpty() ? "" : "; the languages with a message bundle are: " + String.join(", ", languages);
        return f.list(node.get(), "languages", 1, MAX_LANGUAGES,
                "name the languages this brand publishes, its main language first, such as [cy, en]").map(items -> {
            List<String> codes = new ArrayList<>();
            boolean bad = false;
            for (int i = 0; i < items.size(); i++) {
                String where = "languages[" + (i + 1) + "]";
                Node item = items.get(i);
                Optional<String> text = f.scalarText(item, where).map(String::strip);
                if (text.isEmpty()) {
                    bad = true;
                } else if (!text.get().matches("[a-z]{2,3}")) {
                    String lower = text.get().toLowerCase(java.util.Locale.ROOT);
                    f.problem(item, where, "'" + text.get() + "' is not a language code",
                            (lower.matches("[a-z]{2,3}") ? "write it in lower case: '" + lower + "'"
                                    : "write the two- or three-letter code, such as cy, en or es") + available);
                    bad = true;
                } else if (!languages.isEmpty() && !languages.contains(text.get())) {
                    f.problem(item, where, "no message bundle for language '" + text.get() + "'",
                            "add templates/messages/" + text.get() + ".yaml (see docs/languages.md)" + available);
                    bad = true;
                } else if (codes.contains(text.get())) {
                    f.problem(item, where, "'" + text.get() + "' is already item " + (codes.indexOf(text.get()) + 1), "remove one of them");
                    bad = true;
                } else {
                    codes.add(text.get());
                }
            }
            return bad ? null : codes;
        });
    }

    /** More than a brand could keep up to date. */
    private static final int MAX_LANGUAGES = 20;

    /** The routines a brand publishes: every one when it names none. */
    private Optional<Catalogue> catalogue(Fields f, List<Reference> refs) {
        Optional<Node> node = f.find("routines");
        if (node.isEmpty()) return Optional.of(Catalogue.EVERY_ROUTINE);
        return f.list(node.get(), "routines", 1, MAX_FILES_PER_FOLDER,
                "name the routines this brand publishes, or leave 'routines' out to publish all").map(items -> {
            List<String> ids = new ArrayList<>();
            Map<String, Integer> firstUse = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String where = "routines[" + (i + 1) + "]";
                Node item = items.get(i);
                Optional<String> routineId = reference(f, item, where, Kind.ROUTINE, refs);
                if (routineId.isEmpty()) continue;
                Integer earlier = firstUse.putIfAbsent(routineId.get(), i + 1);
                if (earlier != null) {
                    f.problem(item, where, "routine '" + routineId.get() + "' is already item " + earlier, "remove one of them");
                    continue;
                }
                ids.add(routineId.get());
            }
            return ids.size() == items.size() ? Catalogue.of(ids) : null;
        });
    }

    private Optional<Colour> colour(Fields c, String key) {
        return c.expect(key, "write the colour in quotes, such as \"#1f5f8b\": without quotes, # starts a comment").flatMap(n -> c.scalarText(n, c.path(key)).flatMap(text -> {
            Optional<Colour> colour = Colour.findParsed(text.strip());
            if (colour.isEmpty()) {
                c.problem(n, c.path(key), "'" + Texts.shorten(text) + "' is not a colour",
                        "write # and six hex digits in quotes, such as \"#1f5f8b\"");
            }
            return colour;
        }));
    }

    /** The logo must be a PNG or JPEG inside the content folder. */
    private Optional<Path> logo(String name, Fields f) {
        Node at = f.find("logo").orElseThrow();
        Optional<Path> found = LOGO.find(name, root.resolve(Kind.BRAND.folder), root, f, at, "logo", this::display);
        if (found.isEmpty()) return Optional.empty();
        Path real = found.get();
        try {
            Optional<LocalFile.Kind> kind = LocalFile.sniff(real);
            if (kind.isEmpty() || kind.get() == LocalFile.Kind.PDF) {
                f.problem(at, "logo", "'" + Texts.shorten(name) + "' is not a PNG or JPEG image", "export the logo as PNG");
                return Optional.empty();
            }
            if (Files.size(real) > LocalFile.MAX_BYTES) {
                f.problem(at, "logo", "'" + Texts.shorten(name) + "' is larger than 2 MiB", "export it at about 600 pixels wide");
                return Optional.empty();
            }
            Optional<ImageBudget.Problem> unusable = ImageBudget.PICTURE.findProblem(real);
            if (unusable.isPresent()) {
                f.problem(at, "logo", "'" + Texts.shorten(name) + "' " + unusable.get().message(),
                        unusable.get().hint() + "; about 600 pixels wide is plenty for a logo");
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            LOGO.cannotRead(name, e, f, at, "logo");
            return Optional.empty();
        }
    }

    private Optional<Source> source(String id, Fields f) {
        var title = f.expectText("title", TITLE * 2, "the document's title");
        var publisher = f.expectText("publisher", SHORT, "who published it");
        var note = f.findText("note", SENTENCE);
        if (title.isEmpty() || publisher.isEmpty()) return Optional.empty();
        return Optional.of(new Source(id, title.get(), publisher.get(), note));
    }

    private Optional<Equipment> equipment(String id, Fields f) {
        var words = f.expectText("words", NAME, "the words printed after 'You need', such as: a door frame");
        return words.map(w -> new Equipment(id, w));
    }

    private Optional<Exercise> exercise(String id, Fields f, Map<String, Equipment> knownEquipment, List<Reference> refs) {
        var name = f.expectText("name", NAME, "the name printed on the card");
        var aliases = f.textList("aliases", false, 0, 5, NAME, "");
        var category = f.expectEnum("category", Category.class);
        var positions = positions(f);
        var purpose = f.expectText("purpose", SENTENCE, "what the exercise does for the patient");
        var start = f.expectText("start", SENTENCE, "how to get into the start position");
        var steps = f.textList("steps", true, 1, 8, SENTENCE, "list the movement in 1 to 8 short steps");
        var dose = f.nested("dose", true, "for example reps: 8-10").flatMap(DoseReader::readDose);
        var tips = f.textList("tips", false, 0, 5, SENTENCE, "");
        var cautions = f.textList("cautions", false, 0, 5, SENTENCE, "");
        // An id not (yet) defined is recorded as a reference and reported after every file is read.
        var equipment = f.find("equipment").flatMap(n -> f.list(n, "equipment", 0, 8, "")).map(items ->
                java.util.stream.IntStream.range(0, items.size()).boxed().flatMap(i ->
                        reference(f, items.get(i), "equipment[" + (i + 1) + "]", Kind.EQUIPMENT, refs)
                                .map(knownEquipment::get).stream()).toList());
        var sources = sources(f, refs);
        var figure = FigureReader.read(f);
        var pictures = new OwnPictures(root, root.resolve(Kind.EXERCISE.folder), this::display, pdfs)
                .read(f, figure.map(fig -> java.util.Set.copyOf(fig.stages())).orElse(Set.of()));
        if (name.isEmpty() || aliases.isEmpty() || category.isEmpty() || positions.isEmpty() || purpose.isEmpty()
                || start.isEmpty() || steps.isEmpty() || dose.isEmpty() || tips.isEmpty() || cautions.isEmpty()
                || sources.isEmpty() || pictures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Exercise(id, name.get(), aliases.get(), category.get(), positions.get(), purpose.get(),
                start.get(), steps.get(), dose.get(), tips.get(), cautions.get(), equipment.orElse(List.of()), sources.get(),
                figure, pictures.get()));
    }

    /** One position, or a list of the positions the exercise can be done in ({@code [sitting, standing]}). */
    private static Optional<List<Position>> positions(Fields f) {
        return f.expect("position", "one of: " + String.join(", ", Fields.keys(Position.class))
                        + "; or a list such as [sitting, standing]")
                .flatMap(n -> f.list(n, "position", 1, Position.values().length, "name at least one position"))
                .flatMap(items -> {
                    List<Position> out = new ArrayList<>();
                    boolean ok = true;
                    for (int i = 0; i < items.size(); i++) {
                        String where = items.get(i) == f.find("position").orElse(null) ? "position" : "position[" + (i + 1) + "]";
                        Optional<Position> p = f.enumValue(items.get(i), where, Position.class);
                        if (p.isPresent() && out.contains(p.get())) {
                            f.problem(items.get(i), where, "'" + p.get().key() + "' is listed twice", "remove one of them");
                            p = Optional.empty();
                        }
                        p.ifPresent(out::add);
                        ok &= p.isPresent();
                    }
                    return ok ? Optional.of(out) : Optional.empty();
                });
    }

    private Optional<Advice> advice(String id, Fields f, List<Reference> refs) {
        var title = f.expectText("title", TITLE, "the heading of the block");
        var intro = f.findText("intro", SENTENCE);
        var points = f.textList("points", true, 1, 10, SENTENCE, "list at least one point");
        var sources = sources(f, refs);
        if (title.isEmpty() || points.isEmpty() || sources.isEmpty()) return Optional.empty();
        return Optional.of(new Advice(id, title.get(), intro, points.get(), sources.get()));
    }

    private Optional<List<String>> sources(Fields f, List<Reference> refs) {
        Optional<Node> node = f.expect("sources", "list the source ids the facts come from, e.g. [nhs]");
        return node.flatMap(n -> f.list(n, "sources", 1, 10, "name at least one source")).map(items -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String where = "sources[" + (i + 1) + "]";
                reference(f, item, where, Kind.SOURCE, refs).ifPresent(ids::add);
            }
            return ids;
        });
    }

    /** Reads an id and records the reference for the cross-file check. */
    private Optional<String> reference(Fields f, Node node, String where, Kind target, List<Reference> refs) {
        return f.scalarText(node, where).map(String::strip).flatMap(id -> {
            if (!Ids.isSafe(id)) {
                String lower = id.toLowerCase(java.util.Locale.ROOT);
                f.problem(node, where, "'" + Texts.shorten(id) + "' is not a valid " + target.noun + " id",
                        Ids.isSafe(lower) ? "ids are lower case: did you mean '" + lower + "'?"
                                : "ids are file names without .yaml: lower-case letters, digits and hyphens");
                return Optional.empty();
            }
            refs.add(new Reference(target, id, f.file(), node.line(), node.column(), where));
            return Optional.of(id);
        });
    }

    private Optional<String> expectReference(Fields f, String key, Kind target, List<Reference> refs, String hint) {
        return f.expect(key, hint).flatMap(n -> reference(f, n, f.path(key), target, refs));
    }

    private Optional<Routine> routine(String id, Fields f, List<Reference> refs, Map<String, List<Reference>> itemsOut) {
        var title = f.expectText("title", TITLE, "the title of the handout");
        var topic = f.expectText("topic", NAME, "what the routine is for, such as: lower back pain");
        var level = f.expectEnum("level", Level.class);
        var forWhom = f.expectText("for_whom", SENTENCE, "who this routine is for");
        var howOften = f.expectEnum("how_often", Frequency.class);
        var minutes = f.findInt("minutes", 1, 120);
        var stopIf = expectReference(f, "stop_if", Kind.ADVICE, refs, "advice id of the 'stop and get advice' list");
        var warmUp = expectReference(f, "warm_up", Kind.ADVICE, refs, "advice id of the warm-up");
        var items = f.expect("exercises", "list the exercises, each as '- exercise: <id>'")
                .flatMap(n -> f.list(n, "exercises", 1, MAX_ROUTINE_EXERCISES, "a routine needs at least one exercise"))
                .map(nodes -> routineItems(f, nodes, refs, itemsOut, id));
        var coolDown = expectReference(f, "cool_down", Kind.ADVICE, refs, "advice id of the cool-down");
        List<String> advice = new ArrayList<>();
        boolean adviceOk = f.find("advice").map(n -> f.list(n, "advice", 0, 6, "").map(list -> {
            for (int i = 0; i < list.size(); i++) {
                reference(f, list.get(i), "advice[" + (i + 1) + "]", Kind.ADVICE, refs).ifPresent(advice::add);
            }
            return true;
        }).isPresent()).orElse(true);
        var movingUp = f.textList("moving_up", true, 1, 6, SENTENCE, "list the signs that the patient is ready for the next level");
        var next = f.find("next").flatMap(n -> reference(f, n, "next", Kind.ROUTINE, refs));
        next.filter(id::equals).ifPresent(n -> f.problem(f.find("next").orElseThrow(), "next",
                "a routine cannot lead to itself", "name the next level's routine, or remove 'next'"));
        if (title.isEmpty() || topic.isEmpty() || level.isEmpty() || forWhom.isEmpty() || howOften.isEmpty() || stopIf.isEmpty()
                || warmUp.isEmpty() || items.isEmpty() || items.get().isEmpty() || coolDown.isEmpty() || !adviceOk
                || movingUp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Routine(id, title.get(), topic.get(), level.get(), forWhom.get(), howOften.get(), minutes,
                stopIf.get(), warmUp.get(), items.get(), coolDown.get(), advice, movingUp.get(), next));
    }

    private List<RoutineItem> routineItems(Fields f, List<Node> nodes, List<Reference> refs,
                                           Map<String, List<Reference>> itemsOut, String routineId) {
        List<RoutineItem> items = new ArrayList<>();
        List<Reference> located = new ArrayList<>();
        Map<String, Integer> firstUse = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String where = "exercises[" + (i + 1) + "]";
            Optional<String> exerciseId;
            DosePatch patch = DosePatch.NONE;
            Node idNode = node;
            if (node instanceof Node.Scalar) {
                exerciseId = reference(f, node, where, Kind.EXERCISE, refs);
            } else {
                Optional<Fields> item = f.nestedNode(node, where);
                if (item.isEmpty()) continue;
                Fields it = item.get();
                idNode = it.find("exercise").orElse(node);
                exerciseId = it.expect("exercise", "name the exercise by its id, e.g. exercise: knee-rolls")
                        .flatMap(n -> reference(f, n, it.path("exercise"), Kind.EXERCISE, refs));
                Optional<Fields> dose = it.nested("dose", false, "");
                if (dose.isPresent()) {
                    patch = DoseReader.readPatch(dose.get());
                    dose.get().finish();
                }
                it.finish();
            }
            if (exerciseId.isEmpty()) continue;
            Integer earlier = firstUse.putIfAbsent(exerciseId.get(), i + 1);
            if (earlier != null) {
                f.problem(idNode, where, "exercise '" + exerciseId.get() + "' is already item " + earlier + " of this routine",
                        "remove one of them, or raise the dose of the first");
                continue;
            }
            items.add(new RoutineItem(exerciseId.get(), patch));
            located.add(new Reference(Kind.EXERCISE, exerciseId.get(), f.file(), idNode.line(), idNode.column(), where));
        }
        itemsOut.put(routineId, located);
        return items;
    }

    /** Positions must come in groups, so the patient gets up and down as few times as possible. */
    private static void checkGroupedByPosition(List<Reference> items, Map<String, Exercise> exercises, Problems problems) {
        List<Reference> known = items.stream().filter(r -> exercises.containsKey(r.id())).toList();
        List<List<Position>> positions = known.stream().map(r -> exercises.get(r.id()).positions()).toList();
        for (int i : PositionGroups.outOfGroup(positions)) {
            Reference item = known.get(i);
            List<Position> its = positions.get(i);
            String words = its.stream().map(p -> p.label().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(" or "));
            String keys = its.stream().map(Position::key).collect(java.util.stream.Collectors.joining(" or "));
            problems.add(new Problem(item.file(), item.line(), item.column(), item.field(),
                    "'" + item.id() + "' is " + words + " again after '" + known.get(i - 1).id() + "' changed position",
                    "group exercises by position so the patient gets up and down less: move it next to the other "
                            + keys + " exercises"));
        }
    }

    private String display(Path path) {
        return DisplayPaths.of(path, displayBase);
    }
}
