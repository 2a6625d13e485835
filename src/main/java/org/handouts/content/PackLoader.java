package org.handouts.content;

import org.handouts.model.DisplayPaths;
import org.handouts.model.Dose;
import org.handouts.model.DosePatch;
import org.handouts.model.Exercise;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.PaperSize;
import org.handouts.model.Variant;
import org.handouts.model.Problem;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;
import org.handouts.model.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a pack file: one patient's programme (one routine, or stages of routines with exercises
 * left out, added and dosed differently), start date, clinician's notes. Pack files hold personal
 * data, so they live outside {@code content/} (which a clinic shares); they are checked against
 * the loaded library with the same file:line:column problems, and no problem quotes the patient's
 * name (messages end up in logs).
 */
public final class PackLoader {
    /** The longest link a QR code carries: short enough to print in full under it and to scan easily. */
    public static final int MAX_LINK_LENGTH = 200;
    private static final int DEFAULT_WEEKS = 4;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}[A-Za-z0-9])?");
    private static final Pattern WEEK_SPAN = Pattern.compile("(\\d{1,3})\\s*(?:-|\u2013|to)\\s*(\\d{1,3})");

    private final Path displayBase;
    private final IntPredicate printable;
    private final YamlReader yaml = new YamlReader();

    public PackLoader(Path displayBase, IntPredicate printable) {
        this.displayBase = displayBase;
        this.printable = printable;
    }

    /** Whether a parsed file is a pack file (it names a patient), so content folders can say so once. */
    static boolean looksLikePack(Node root) {
        return root instanceof Node.Mapping m && m.find("patient").isPresent();
    }

    /** Reads and checks one pack file, or throws with every problem in it. */
    public Pack load(Path file, Library library) {
        String shown = display(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String id = name.replaceFirst("\\.ya?ml$", "");
        if (!name.matches(".*\\.ya?ml")) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "a pack file is a .yaml file",
                    "name it by the clinic's reference, e.g. patients/rc-0042.yaml"));
        }
        Node root = parse(file, shown);
        return fromNode(root, shown, REFERENCE.matcher(id).matches() ? Optional.of(id) : Optional.empty(), library);
    }

    /**
     * Reads a pack from an already parsed mapping ({@code file} locates its problems); the
     * reference defaults to {@code defaultReference} (a pack file's name) when the mapping has none.
     */
    Pack fromNode(Node root, String file, Optional<String> defaultReference, Library library) {
        return fromNode(root, file, defaultReference, Optional.empty(), library);
    }

    /**
     * Reads a programme file: a {@code programme:} list of stages that a clinic's batch (CSV) names
     * for many patients. Its problems are located in the programme file itself.
     */
    public List<Stage> loadProgramme(Path file, Library library) {
        String shown = display(file);
        Node root = parse(file, shown);
        Problems problems = new Problems();
        Optional<List<Stage>> stages = Fields.of(root, shown, "", problems, printable).flatMap(f -> {
            Optional<List<Stage>> read = f.has("programme") ? stages(f, library, Optional.empty(), Optional.empty())
                    : Optional.empty();
            if (!f.has("programme")) f.expect("programme", "list the stages, each with its routine and weeks");
            f.finish();
            return read;
        });
        if (!problems.isEmpty() || stages.isEmpty()) throw new InvalidContentException(problems.sorted());
        return stages.get();
    }

    /** A pack whose stages come from a programme file already read ({@code given}), as a CSV row names it. */
    Pack fromNode(Node root, String file, Optional<String> defaultReference, Optional<List<Stage>> given, Library library) {
        Problems problems = new Problems();
        Optional<String> patientName = root instanceof Node.Mapping m ? m.find("patient").map(Node.Entry::value)
                .filter(v -> v instanceof Node.Scalar).map(v -> ((Node.Scalar) v).text().strip()) : Optional.empty();
        Optional<Pack> pack = Fields.of(root, file, "", problems, printable).flatMap(f -> {
            Optional<Pack> built = pack(defaultReference, given, f, library);
            f.finish();
            return built;
        });
        if (!problems.isEmpty() || pack.isEmpty()) {
            throw new InvalidContentException(problems.sorted().stream().map(p -> redact(p, patientName)).toList());
        }
        requireTranslated(pack.get(), root, file, library);
        return pack.get();
    }

    /**
     * A pack printed in another language than English needs every content file it prints
     * translated into it, its additions to the routines too: each gap is a problem of the content.
     */
    private static void requireTranslated(Pack pack, Node root, String file, Library library) {
        String language = pack.languageFor(library.requireBrand(pack.brandId()));
        List<String> routines = pack.stages().stream().map(Stage::routineId).distinct().toList();
        List<String> added = pack.stages().stream().flatMap(s -> s.added().stream()).map(RoutineItem::exerciseId).distinct().toList();
        List<Problem> gaps = Translations.findGaps(library, language, routines, added).orElseGet(() -> {
            // Asked for by the pack's language, or else by its brand's main language.
            Node.Entry at = ((Node.Mapping) root).find("language").or(() -> ((Node.Mapping) root).find("brand")).orElseThrow();
            return List.of(Translations.nothingTranslated(file, at.line(), at.column(), at.key(), language));
        });
        if (!gaps.isEmpty()) {
            Problems problems = new Problems();
            problems.addAll(gaps);
            throw new InvalidContentException(problems.sorted());
        }
    }

    /** Reads a pack file as a syntax tree (for a CSV row's programme template). */
    Node parse(Path file, String shown) {
        byte[] bytes = read(file, shown);
        return switch (yaml.read(shown, bytes)) {
            case YamlReader.Result.Failed failed -> throw new InvalidContentException(failed.problems());
            case YamlReader.Result.Parsed parsed -> parsed.root();
        };
    }

    private Optional<Pack> pack(Optional<String> defaultReference, Optional<List<Stage>> given, Fields f, Library library) {
        var patient = patient(f);
        Optional<String> reference = f.find("reference").flatMap(n -> reference(f, n))
                .or(() -> f.has("reference") ? Optional.empty() : defaultReference);
        if (reference.isEmpty() && !f.has("reference")) {
            f.problem(f.node(), "reference", "is required", "the clinic's reference for this patient, such as rc-0042; it names the output file");
        }
        var brand = reference(f, "brand", library.brands().keySet(), "brand");
        var start = f.expectDate("start", "the Monday of the first week, as 2026-11-30").flatMap(d -> monday(f, d));
        var clinician = f.findText("clinician", ContentLoader.TITLE);
        var notes = f.textList("notes", false, 0, 6, ContentLoader.SENTENCE, "");
        var paper = f.findEnum("paper", PaperSize.class);
        var duplex = f.find("duplex").flatMap(n -> bool(f, n, "duplex"));
        var variant = f.findEnum("variant", Variant.class);
        var languageNode = f.find("language");
        var language = languageNode.flatMap(n -> f.scalarText(n, "language")).map(String::strip);
        var link = f.find("link").flatMap(n -> link(f, n, "link"));
        Optional<List<Stage>> stages = stages(f, library, brand, given);
        var review = f.findDate("review");
        if (patient.isEmpty() || reference.isEmpty() || brand.isEmpty() || start.isEmpty() || notes.isEmpty()
                || stages.isEmpty() || (languageNode.isPresent() && language.isEmpty())) {
            return Optional.empty();
        }
        if (language.isPresent()) {
            // Only a language the brand publishes in: its content is checked to be translated into those.
            List<String> published = library.requireBrand(brand.get()).languages();
            if (!published.contains(language.get())) {
                f.problem(languageNode.get(), "language", "'" + language.get() + "' is not a language brand '" + brand.get()
                        + "' publishes in", "use one of: " + String.join(", ", published)
                        + "; or add it to the brand's languages (with its translations), or leave language out for "
                        + published.get(0));
                return Optional.empty();
            }
        }
        int weeks = stages.get().stream().mapToInt(Stage::weeks).sum();
        LocalDate end = start.get().plusWeeks(weeks);
        if (review.isPresent() && !review.get().isAfter(start.get())) {
            f.problem(f.find("review").orElseThrow(), "review", review.get() + " is not after the start, " + start.get(),
                    "give the date of the follow-up visit, or leave it out to use " + end);
            return Optional.empty();
        }
        String ref = reference.get();
        if (containsName(ref, patient.get())) {
            f.problem(f.find("reference").orElse(f.node()), "reference",
                    "contains the patient's name, and it names the output file", "use the clinic's reference number instead");
            return Optional.empty();
        }
        return Optional.of(new Pack(ref, patient.get(), brand.get(), start.get(), review.orElse(end), stages.get(),
                clinician, notes.get(), paper.orElse(PaperSize.A4), duplex.orElse(false), link,
                // By default, the brand's first variant: a clinic that prints large by default does so for packs too.
                variant.orElseGet(() -> library.requireBrand(brand.get()).variants().get(0)),
                // By default, the brand's main language.
                language));
    }

    /** The programme: a list of stages, or one routine for some weeks (the single-routine form). */
    private Optional<List<Stage>> stages(Fields f, Library library, Optional<String> brand, Optional<List<Stage>> given) {
        boolean programme = f.has("programme");
        if (given.isPresent()) {
            Node at = f.find("programme").orElse(f.node());
            if (f.has("routine")) {
                f.problem(f.find("routine").orElse(f.node()), "routine", "a pack has either 'routine' or 'programme', not both",
                        "leave one of the two columns empty");
                return Optional.empty();
            }
            for (Stage stage : given.get()) {
                if (brand.isPresent() && !library.requireBrand(brand.get()).catalogue().publishes(stage.routineId())) {
                    f.problem(at, "programme", "brand '" + brand.get() + "' does not publish routine '" + stage.routineId()
                            + "' of this programme", "choose another brand or programme");
                    return Optional.empty();
                }
            }
            return given;
        }
        if (programme && f.has("routine")) {
            f.problem(f.find("routine").orElse(f.node()), "routine", "a pack has either 'routine' or 'programme', not both",
                    "put the routine into the programme as a stage");
            f.find("programme");
            return Optional.empty();
        }
        if (!programme) {
            return stage(f, library, 1, true, brand).map(List::of);
        }
        Optional<List<Node>> items = f.find("programme")
                .flatMap(n -> f.list(n, "programme", 1, Pack.MAX_STAGES, "list the stages, each with its routine and weeks"));
        if (items.isEmpty()) return Optional.empty();
        List<Stage> stages = new ArrayList<>();
        boolean ok = true;
        int nextWeek = 1;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Fields> sf = f.nestedNode(items.get().get(i), "programme[" + (i + 1) + "]");
            if (sf.isEmpty()) {
                ok = false;
                continue;
            }
            // After a stage with problems, the week a later stage starts on is unknown: do not guess.
            Optional<Stage> stage = stage(sf.get(), library, ok ? nextWeek : 0, false, brand);
            sf.get().finish();
            if (stage.isEmpty()) {
                ok = false;
                continue;
            }
            stages.add(stage.get());
            nextWeek += stage.get().weeks();
        }
        if (!ok) return Optional.empty();
        int weeks = nextWeek - 1;
        if (weeks > Pack.MAX_WEEKS) {
            f.problem(f.find("programme").orElseThrow(), "programme", "adds up to " + weeks + " weeks, more than "
                    + Pack.MAX_WEEKS, "a pack covers at most " + Pack.MAX_WEEKS + " weeks; print a new pack at the review");
            return Optional.empty();
        }
        return Optional.of(stages);
    }

    /**
     * One stage: routine, weeks, leave_out, add, doses. {@code firstWeek} is the 1-based week it
     * starts on, so "weeks: 3-4" can be checked against the stages before it (0: not known).
     */
    private Optional<Stage> stage(Fields f, Library library, int firstWeek, boolean topLevel, Optional<String> brand) {
        var routineId = reference(f, "routine", library.routines().keySet(), "routine");
        if (brand.isPresent() && routineId.isPresent() && !library.requireBrand(brand.get()).catalogue().publishes(routineId.get())) {
            f.problem(f.find("routine").orElseThrow(), f.path("routine"), "brand '" + brand.get() + "' does not publish routine '"
                    + routineId.get() + "'", "choose one of its routines (" + library.requireBrand(brand.get()).catalogue().describe()
                    + "), or add it to the brand's 'routines'");
            return Optional.empty();
        }
        OptionalInt weeks = weeks(f, firstWeek, topLevel);
        Optional<Routine> routine = routineId.map(library::requireRoutine);
        Set<String> inRoutine = routine.map(r -> r.items().stream().map(RoutineItem::exerciseId)
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElse(new LinkedHashSet<>());
        int before = f.problemCount();
        List<String> leftOut = leaveOut(f, routine, inRoutine);
        List<RoutineItem> added = add(f, library, routine, inRoutine, leftOut);
        Map<String, DosePatch> doses = new LinkedHashMap<>();
        f.find("doses").ifPresent(n -> readDoses(f, n, library, routine, leftOut, added, doses));
        if (routine.isEmpty() || weeks.isEmpty() || f.problemCount() != before) return Optional.empty();
        int count = inRoutine.size() - leftOut.size() + added.size();
        if (count == 0) {
            f.problem(f.find("leave_out").orElse(f.node()), f.path("leave_out"), "leaves no exercises in this stage",
                    "keep at least one exercise of routine '" + routine.get().id() + "'");
            return Optional.empty();
        }
        if (count > ContentLoader.MAX_ROUTINE_EXERCISES) {
            f.problem(f.find("add").orElse(f.node()), f.path("add"), "makes " + count + " exercises, more than the "
                    + ContentLoader.MAX_ROUTINE_EXERCISES + " that fit on a weekly sheet", "leave out as many as you add");
            return Optional.empty();
        }
        Stage stage = new Stage(routine.get().id(), weeks.getAsInt(), leftOut, added, doses);
        List<List<org.handouts.model.Position>> positions = stage.personalise(routine.get(), library).items().stream()
                .map(i -> library.requireExercise(i.exerciseId()).positions()).toList();
        if (!added.isEmpty() && !PositionGroups.outOfGroup(positions).isEmpty()) {
            f.problem(f.find("add").orElse(f.node()), f.path("add"), "the added exercises cannot all be placed next to "
                    + "exercises in the same position", "add fewer, or choose a routine that already has exercises in that position");
            return Optional.empty();
        }
        return Optional.of(stage);
    }

    /** {@code weeks: 2} (how many) or {@code weeks: 3-4} (which weeks of the programme). */
    private OptionalInt weeks(Fields f, int firstWeek, boolean topLevel) {
        f.findWritten("weeks");                        // declared even when absent, so "wekes" gets a suggestion
        if (!f.has("weeks")) {
            if (topLevel) return OptionalInt.of(DEFAULT_WEEKS);
            int from = Math.max(1, firstWeek);
            f.expect("weeks", "how many weeks this stage lasts, such as 2, or which weeks, such as " + from + "-" + (from + 1));
            return OptionalInt.empty();
        }
        Optional<Node> node = f.findWritten("weeks");
        if (node.isEmpty()) return OptionalInt.empty();
        if (Fields.isNull(node.get())) return f.findInt("weeks", 1, Pack.MAX_WEEKS);
        if (node.get() instanceof Node.Scalar s && s.type() == Node.Scalar.Type.TEXT) {
            Matcher m = WEEK_SPAN.matcher(s.text().strip());
            if (m.matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                if (firstWeek > 0 && from != firstWeek) {
                    f.problem(s, f.path("weeks"), "weeks " + from + "-" + to + " do not follow on: this stage starts in week " + firstWeek,
                            "write weeks: " + firstWeek + "-" + (firstWeek + Math.max(0, to - from))
                                    + ", or give how many weeks, such as weeks: " + Math.max(1, to - from + 1));
                    return OptionalInt.empty();
                }
                if (to < from) {
                    f.problem(s, f.path("weeks"), "weeks " + from + "-" + to + " run backwards", "write the first week first");
                    return OptionalInt.empty();
                }
                if (to > Pack.MAX_WEEKS) {
                    f.problem(s, f.path("weeks"), "week " + to + " is beyond the longest programme, " + Pack.MAX_WEEKS + " weeks",
                            "print a new pack at the review");
                    return OptionalInt.empty();
                }
                return OptionalInt.of(to - from + 1);
            }
        }
        return f.wholeNumber(node.get(), f.path("weeks"), 1, Pack.MAX_WEEKS);
    }

    private List<String> leaveOut(Fields f, Optional<Routine> routine, Set<String> inRoutine) {
        List<String> out = new ArrayList<>();
        f.find("leave_out").flatMap(n -> f.list(n, f.path("leave_out"), 1, ContentLoader.MAX_ROUTINE_EXERCISES,
                "list the exercise ids to leave out")).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String where = f.path("leave_out") + "[" + (i + 1) + "]";
                f.scalarText(item, where).map(String::strip).ifPresent(id -> {
                    if (routine.isPresent() && !inRoutine.contains(id)) {
                        f.problem(item, where, "exercise '" + Texts.shorten(id) + "' is not in routine '" + routine.get().id() + "'",
                                Suggestions.hint(id, inRoutine));
                    } else if (out.contains(id)) {
                        f.problem(item, where, "exercise '" + id + "' is already left out", "list it once");
                    } else {
                        out.add(id);
                    }
                });
            }
        });
        return out;
    }

    private List<RoutineItem> add(Fields f, Library library, Optional<Routine> routine, Set<String> inRoutine, List<String> leftOut) {
        List<RoutineItem> out = new ArrayList<>();
        f.find("add").flatMap(n -> f.list(n, f.path("add"), 1, ContentLoader.MAX_ROUTINE_EXERCISES,
                "list the exercises to add, each as '- exercise: <id>'")).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String where = f.path("add") + "[" + (i + 1) + "]";
                Optional<String> id;
                Node idNode = item;
                DosePatch dose = DosePatch.NONE;
                if (item instanceof Node.Scalar) {
                    id = f.scalarText(item, where).map(String::strip);
                } else {
                    Optional<Fields> it = f.nestedNode(item, where);
                    if (it.isEmpty()) continue;
                    idNode = it.get().find("exercise").orElse(item);
                    id = it.get().expect("exercise", "name the exercise by its id, e.g. exercise: plank")
                            .flatMap(n -> it.get().scalarText(n, it.get().path("exercise"))).map(String::strip);
                    Optional<Fields> d = it.get().nested("dose", false, "");
                    if (d.isPresent()) {
                        dose = DoseReader.readPatch(d.get());
                        d.get().finish();
                        if (id.isPresent() && library.findExercise(id.get()).isPresent()) {
                            checkAgreesWithSteps(d.get(), library.requireExercise(id.get()), library.requireExercise(id.get()).dose(), dose);
                        }
                    }
                    it.get().finish();
                }
                if (id.isEmpty()) continue;
                String exerciseId = id.get();
                if (library.findExercise(exerciseId).isEmpty()) {
                    f.problem(idNode, where, "unknown exercise '" + Texts.shorten(exerciseId) + "'",
                            Suggestions.hint(exerciseId, library.exercises().keySet()));
                } else if (inRoutine.contains(exerciseId) && !leftOut.contains(exerciseId)) {
                    f.problem(idNode, where, "exercise '" + exerciseId + "' is already in routine '"
                            + routine.map(Routine::id).orElse("") + "'", "to change how much of it, use doses: instead");
                } else if (leftOut.contains(exerciseId)) {
                    f.problem(idNode, where, "exercise '" + exerciseId + "' is both left out and added", "keep one of the two");
                } else if (out.stream().anyMatch(a -> a.exerciseId().equals(exerciseId))) {
                    f.problem(idNode, where, "exercise '" + exerciseId + "' is already added", "list it once");
                } else {
                    out.add(new RoutineItem(exerciseId, dose));
                }
            }
        });
        return out;
    }

    private static void readDoses(Fields f, Node node, Library library, Optional<Routine> routine, List<String> leftOut,
                                  List<RoutineItem> added, Map<String, DosePatch> out) {
        String doses = f.path("doses");
        if (!(node instanceof Node.Mapping mapping)) {
            f.problem(node, doses, "expected exercise ids with their doses", "write e.g. 'knee-rolls: {reps: 5}' under doses:");
            return;
        }
        Map<String, DosePatch> base = new LinkedHashMap<>();
        routine.ifPresent(r -> r.items().forEach(i -> base.put(i.exerciseId(), i.dose())));
        added.forEach(a -> base.put(a.exerciseId(), a.dose()));
        for (Node.Entry e : mapping.entries()) {
            String where = doses + "." + Texts.shorten(e.key());
            Node at = new Node.Scalar(e.key(), Node.Scalar.Type.TEXT, e.line(), e.column());
            if (leftOut.contains(e.key())) {
                f.problem(at, where, "exercise '" + e.key() + "' is left out of this stage", "remove its dose change, or do not leave it out");
                continue;
            }
            if (routine.isPresent() && !base.containsKey(e.key())) {
                f.problem(at, where, "exercise '" + Texts.shorten(e.key()) + "' is not in routine '" + routine.get().id() + "'",
                        Suggestions.hint(e.key(), base.keySet()) + "; to add it, list it under add:");
                continue;
            }
            f.nestedNode(e.value(), where).ifPresent(dose -> {
                DosePatch patch = DoseReader.readPatch(dose);
                dose.finish();
                if (base.containsKey(e.key())) {
                    Exercise exercise = library.requireExercise(e.key());
                    checkAgreesWithSteps(dose, exercise, exercise.dose().with(base.get(e.key())), patch);
                }
                out.put(e.key(), patch);
            });
        }
    }

    /**
     * A dose change may change the numbers, not what kind of exercise it is: the printed steps
     * say how to move (alternate sides, hold still, count repetitions), and a dose that says
     * otherwise would tell the patient two different things.
     */
    private static void checkAgreesWithSteps(Fields dose, Exercise exercise, Dose current, DosePatch patch) {
        String name = "'" + exercise.id() + "'";
        patch.sides().filter(s -> s != current.sides()).ifPresent(s -> dose.problem(dose.find("sides").orElse(dose.node()),
                dose.path("sides"), "changes the sides of " + name + " from " + current.sides().key() + " to " + s.key()
                        + ", but its printed steps are written for " + current.sides().key() + " sides",
                "leave sides as it is, or add a different exercise written for " + s.key() + " sides"));
        if (patch.time().isPresent() && current.time().isEmpty()) {
            dose.problem(dose.find("time").orElse(dose.node()), dose.path("time"), "turns " + name
                            + " into a timed exercise, but its printed steps count repetitions",
                    "change reps instead, or add an exercise that is done for a time");
        }
        if (patch.reps().isPresent() && current.reps().isEmpty()) {
            dose.problem(dose.find("reps").orElse(dose.node()), dose.path("reps"), "gives " + name
                            + " repetitions, but its printed steps are for doing it for a time",
                    "change time instead");
        }
        if (patch.hold().isPresent() && current.hold().isEmpty()) {
            dose.problem(dose.find("hold").orElse(dose.node()), dose.path("hold"), "adds a hold to " + name
                            + ", but its printed steps do not hold a position",
                    "change reps instead, or add an exercise that has a hold");
        }
    }

    private Optional<String> patient(Fields f) {
        return f.expect("patient", "the patient's name as it should be printed").flatMap(n -> f.scalarText(n, "patient").flatMap(raw -> {
            Optional<String> defect = Texts.findDefect(raw, ContentLoader.NAME, printable);
            if (defect.isPresent()) {
                // The defect text may quote part of the name; messages never show it.
                f.problem(n, "patient", defect.get().replaceAll(" ?\\('[^']*'\\)", "").replaceAll("'[^']*' ", ""),
                        Texts.hintFor(defect.get(), ContentLoader.NAME));
                return Optional.empty();
            }
            return Optional.of(Texts.normalise(raw));
        }));
    }

    private static Optional<String> reference(Fields f, Node n) {
        return f.scalarText(n, "reference").map(String::strip).flatMap(ref -> {
            if (REFERENCE.matcher(ref).matches()) return Optional.of(ref);
            // The value is not quoted: a name typed into the wrong column must not reach a log.
            f.problem(n, "reference", ref.length() > 40 ? "is longer than 40 characters"
                            : "may hold only letters, digits, hyphens and underscores (it names the output file)",
                    "use the clinic's reference, such as rc-0042");
            return Optional.empty();
        });
    }

    private static boolean containsName(String reference, String patient) {
        String ref = reference.toLowerCase(Locale.ROOT);
        for (String word : patient.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 3 && ref.contains(word)) return true;
        }
        return false;
    }

    private Optional<String> reference(Fields f, String key, Set<String> known, String noun) {
        return f.expect(key, "the id of the " + noun + ", one of: " + String.join(", ", known))
                .flatMap(n -> f.scalarText(n, f.path(key)).map(String::strip).flatMap(value -> {
                    if (known.contains(value)) return Optional.of(value);
                    f.problem(n, f.path(key), "unknown " + noun + " '" + Texts.shorten(value) + "'", Suggestions.hint(value, known));
                    return Optional.empty();
                }));
    }

    /** Weekly sheets run Monday to Sunday; a start on another day gets both nearest Mondays as a hint. */
    private static Optional<LocalDate> monday(Fields f, LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.MONDAY) return Optional.of(date);
        LocalDate before = date.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
        LocalDate after = date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        f.problem(f.find("start").orElseThrow(), "start", date + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                + ", not a Monday", "weekly sheets run Monday to Sunday: use " + before + " (the Monday before) or " + after + " (the Monday after)");
        return Optional.empty();
    }

    private static Optional<Boolean> bool(Fields f, Node n, String where) {
        if (n instanceof Node.Scalar s && (s.type() == Node.Scalar.Type.BOOLEAN || s.type() == Node.Scalar.Type.TEXT)) {
            switch (s.text().strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> {
                    return Optional.of(true);
                }
                case "false", "no" -> {
                    return Optional.of(false);
                }
                default -> { }
            }
        }
        f.problem(n, where, "expected true or false", "write " + where + ": true or " + where + ": false");
        return Optional.empty();
    }

    /**
     * An https address for the cover's QR code. Only https: a printed code is followed without
     * thought, so it must not lead to an unencrypted page or run anything.
     */
    static Optional<String> link(Fields f, Node n, String where) {
        return f.scalarText(n, where).map(String::strip).flatMap(text -> {
            String hint = "write the full address, such as https://clinic.example/videos";
            if (text.length() > MAX_LINK_LENGTH) {
                f.problem(n, where, "is " + text.length() + " characters long, more than " + MAX_LINK_LENGTH, "use a shorter address");
                return Optional.empty();
            }
            if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                f.problem(n, where, "contains spaces or characters that are not allowed in an address", hint);
                return Optional.empty();
            }
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                f.problem(n, where, "is not a web address", hint);
                return Optional.empty();
            }
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                f.problem(n, where, "must start with https://", uri.getScheme() == null ? hint
                        : "only secure web addresses are printed as a QR code, not " + Texts.shorten(uri.getScheme()) + ":");
                return Optional.empty();
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                f.problem(n, where, "has no web site name after https://", hint);
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    private static Problem redact(Problem p, Optional<String> patient) {
        if (patient.isEmpty() || patient.get().isBlank()) return p;
        String name = patient.get();
        return new Problem(p.file(), p.line(), p.column(), p.field(), p.message().replace(name, "[the patient's name]"),
                p.hint().replace(name, "[the patient's name]"));
    }

    private static byte[] read(Path file, String shown) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidContentException(new Problem(shown, 0, 0, "", "pack file not found", "check the path"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(YamlReader.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "cannot read the pack file: " + org.handouts.model.FileErrors.reason(e), "check its permissions"));
        }
    }

    private String display(Path path) {
        return DisplayPaths.of(path, displayBase);
    }
}
