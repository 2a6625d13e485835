package org.handouts.content;

import org.handouts.model.DisplayPaths;
import org.handouts.model.DosePatch;
import org.handouts.model.Ids;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.PaperSize;
import org.handouts.model.Problem;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Reads a pack file: one patient's routine, start date, weeks, clinician's notes and dose
 * changes. Pack files hold personal data, so they live outside {@code content/} (which a clinic
 * shares); they are checked against the loaded library with the same file:line:column problems.
 */
public final class PackLoader {
    private final Path displayBase;
    private final IntPredicate printable;
    private final YamlReader yaml = new YamlReader();

    public PackLoader(Path displayBase, IntPredicate printable) {
        this.displayBase = displayBase;
        this.printable = printable;
    }

    /** Reads and checks one pack file, or throws with every problem in it. */
    public Pack load(Path file, Library library) {
        String shown = display(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String id = name.replaceFirst("\\.ya?ml$", "");
        Problems problems = new Problems();
        if (!name.matches(".*\\.ya?ml") || !Ids.isSafe(id)) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "pack file name '" + Texts.shorten(name)
                    + "' is not a valid id", "name it with lower-case letters, digits and hyphens, ending .yaml, e.g. jane-smith.yaml"));
        }
        byte[] bytes = read(file, shown);
        Node root = switch (yaml.read(shown, bytes)) {
            case YamlReader.Result.Failed failed -> throw new InvalidContentException(failed.problems());
            case YamlReader.Result.Parsed parsed -> parsed.root();
        };
        Optional<Pack> pack = Fields.of(root, shown, "", problems, printable).flatMap(f -> {
            Optional<Pack> built = pack(id, f, library);
            f.finish();
            return built;
        });
        if (!problems.isEmpty() || pack.isEmpty()) throw new InvalidContentException(problems.sorted());
        return pack.get();
    }

    private Optional<Pack> pack(String id, Fields f, Library library) {
        var patient = f.expectText("patient", ContentLoader.NAME, "the patient's name as it should be printed");
        var brand = reference(f, "brand", library.brands().keySet(), "brand");
        var routine = reference(f, "routine", library.routines().keySet(), "routine");
        var start = f.expect("start", "the Monday of the first week, as 2026-11-30").flatMap(n -> date(f, n));
        OptionalInt weeks = f.findInt("weeks", 1, Pack.MAX_WEEKS);
        var clinician = f.findText("clinician", ContentLoader.TITLE);
        var notes = f.textList("notes", false, 0, 6, ContentLoader.SENTENCE, "");
        var paper = f.findEnum("paper", PaperSize.class);
        Map<String, DosePatch> doses = new LinkedHashMap<>();
        f.find("doses").ifPresent(n -> readDoses(f, n, routine.map(library.routines()::get), doses));
        if (brand.isPresent() && routine.isPresent() && !library.requireBrand(brand.get()).catalogue().publishes(routine.get())) {
            f.problem(f.find("routine").orElseThrow(), "routine", "brand '" + brand.get() + "' does not publish routine '"
                    + routine.get() + "'", "choose one of its routines (" + library.requireBrand(brand.get()).catalogue().describe()
                    + "), or add it to the brand's 'routines'");
            return Optional.empty();
        }
        if (patient.isEmpty() || brand.isEmpty() || routine.isEmpty() || start.isEmpty() || notes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pack(id, patient.get(), brand.get(), routine.get(), start.get(), weeks.orElse(4),
                clinician, notes.get(), doses, paper.orElse(PaperSize.A4)));
    }

    private Optional<String> reference(Fields f, String key, Set<String> known, String noun) {
        return f.expect(key, "the id of the " + noun + ", one of: " + String.join(", ", known))
                .flatMap(n -> f.scalarText(n, key).map(String::strip).flatMap(value -> {
                    if (known.contains(value)) return Optional.of(value);
                    f.problem(n, key, "unknown " + noun + " '" + Texts.shorten(value) + "'", Suggestions.hint(value, known));
                    return Optional.empty();
                }));
    }

    private static Optional<LocalDate> date(Fields f, Node node) {
        return f.scalarText(node, "start").flatMap(text -> {
            try {
                LocalDate date = LocalDate.parse(text.strip());
                if (date.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                    LocalDate monday = date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                    f.problem(node, "start", date + " is a " + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.UK) + ", not a Monday", "tracking sheets run Monday to Sunday: use " + monday);
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeException e) {
                f.problem(node, "start", "'" + Texts.shorten(text) + "' is not a date", "write it as year-month-day, e.g. 2026-11-30");
                return Optional.empty();
            }
        });
    }

    private static void readDoses(Fields f, Node node, Optional<Routine> routine, Map<String, DosePatch> out) {
        if (!(node instanceof Node.Mapping mapping)) {
            f.problem(node, "doses", "expected exercise ids with their doses", "write e.g. 'knee-rolls: {reps: 5}' under doses:");
            return;
        }
        Set<String> inRoutine = routine.map(r -> r.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toSet()))
                .orElse(Set.of());
        for (Node.Entry e : mapping.entries()) {
            String where = "doses." + Texts.shorten(e.key());
            if (routine.isPresent() && !inRoutine.contains(e.key())) {
                f.problem(new Node.Scalar(e.key(), Node.Scalar.Type.TEXT, e.line(), e.column()), where,
                        "exercise '" + Texts.shorten(e.key()) + "' is not in routine '" + routine.get().id() + "'",
                        Suggestions.hint(e.key(), inRoutine));
                continue;
            }
            f.nestedNode(e.value(), where).ifPresent(dose -> {
                out.put(e.key(), DoseReader.readPatch(dose));
                dose.finish();
            });
        }
    }

    private static byte[] read(Path file, String shown) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidContentException(new Problem(shown, 0, 0, "", "pack file not found", "check the path"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(YamlReader.MAX_BYTES + 1);
                return bytes;
            }
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "cannot read the pack file: " + e.getMessage(), ""));
        }
    }

    private String display(Path path) {
        return DisplayPaths.of(path, displayBase);
    }
}
