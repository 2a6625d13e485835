package org.handouts.content;

import org.handouts.model.DisplayPaths;
import org.handouts.model.Ids;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.Problem;
import org.handouts.model.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A clinic's batch: a CSV file with a header row and one patient per row, read into packs. A bad
 * row is reported with its line and column name and does not stop the good rows; a problem with
 * the file as a whole (not CSV, unknown or missing columns) stops the batch. A row names either a
 * {@code routine} (with {@code weeks}) or a {@code programme}: a programme file
 * {@code programmes/<id>.yaml} next to the CSV, read once for all rows that name it.
 */
public final class PatientBatch {
    /** The columns, in the order the docs list them. */
    public static final List<String> COLUMNS = List.of("reference", "patient", "clinician", "start", "programme", "routine",
            "weeks", "brand", "paper", "variant", "language", "notes", "review", "duplex", "link");
    private static final Set<String> REQUIRED = Set.of("reference", "patient", "start", "brand");
    /** The most rows one batch takes: a clinic's day is far fewer; a runaway file is refused early. */
    public static final int MAX_ROWS = 100_000;
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private final Path displayBase;
    private final PackLoader packs;

    public PatientBatch(Path displayBase, IntPredicate printable) {
        this.displayBase = displayBase;
        this.packs = new PackLoader(displayBase, printable);
    }

    /** One data row: its pack, or why it has none. {@code source} is "patients.csv:5", for messages. */
    public record Row(int line, String source, Optional<Pack> pack, List<Problem> problems) {
        public Row {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The rows of the batch, each with a pack or its problems, and the problems of programme files
     * (reported once, however many rows name them). Throws when the file cannot be read as a batch.
     */
    public record Result(List<Row> rows, List<Problem> programmeProblems) {
        public Result {
            rows = List.copyOf(rows);
            programmeProblems = List.copyOf(programmeProblems);
        }
    }

    public Result read(Path csv, Library library) {
        String shown = DisplayPaths.of(csv, displayBase);
        String text = text(csv, shown);
        List<CsvReader.Row> records = switch (CsvReader.read(text)) {
            case CsvReader.Result.Failed f -> throw new InvalidContentException(new Problem(shown, f.line(), f.column(), "", f.message(), f.hint()));
            case CsvReader.Result.Parsed p -> p.rows();
        };
        if (records.isEmpty()) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "the file is empty",
                    "start with a header row: " + String.join(",", COLUMNS)));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "has " + (records.size() - 1) + " rows, more than "
                    + MAX_ROWS, "split the batch into several files"));
        }
        List<String> header = header(records.get(0), shown);
        Map<String, Optional<List<Stage>>> programmes = new HashMap<>();
        List<Problem> programmeProblems = new ArrayList<>();
        Map<String, Integer> references = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Row record : records.subList(1, records.size())) {
            String source = shown + ":" + record.line();
            if (record.cells().size() != header.size()) {
                rows.add(new Row(record.line(), source, Optional.empty(), List.of(new Problem(shown, record.line(), 0, "",
                        "has " + record.cells().size() + " fields, the header has " + header.size(),
                        "put a field with a comma or a line break in double quotes"))));
                continue;
            }
            Map<String, CsvReader.Cell> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!record.cells().get(i).text().isBlank()) cells.put(header.get(i), record.cells().get(i));
            }
            Optional<List<Stage>> programme = Optional.empty();
            List<Problem> problems = new ArrayList<>();
            CsvReader.Cell named = cells.get("programme");
            if (named != null) {
                programme = programme(csv, named, shown, library, programmes, programmeProblems, problems);
                if (programme.isEmpty()) {
                    rows.add(new Row(record.line(), source, Optional.empty(), problems));
                    continue;
                }
            }
            try {
                Pack pack = packs.fromNode(mapping(record, cells), shown, Optional.empty(), programme, library);
                Integer earlier = references.putIfAbsent(pack.reference().toLowerCase(Locale.ROOT), record.line());
                if (earlier != null) {
                    CsvReader.Cell ref = cells.get("reference");
                    rows.add(new Row(record.line(), source, Optional.empty(), List.of(new Problem(shown, ref.line(), ref.column(),
                            "reference", "'" + pack.reference() + "' is also the reference on line " + earlier
                            + ", and both would write packs/" + pack.reference() + ".pdf", "give each patient their own reference"))));
                    continue;
                }
                rows.add(new Row(record.line(), source, Optional.of(pack), List.of()));
            } catch (InvalidContentException e) {
                rows.add(new Row(record.line(), source, Optional.empty(), e.problems()));
            }
        }
        return new Result(rows, programmeProblems);
    }

    /** The programme a row names, read once per batch; a row naming a bad one fails with a pointer to it. */
    private Optional<List<Stage>> programme(Path csv, CsvReader.Cell cell, String shown, Library library,
                                            Map<String, Optional<List<Stage>>> cache, List<Problem> programmeProblems,
                                            List<Problem> rowProblems) {
        String id = cell.text().strip();
        if (!Ids.isSafe(id)) {
            rowProblems.add(new Problem(shown, cell.line(), cell.column(), "programme", "'" + Texts.shorten(id)
                    + "' is not a programme id", "name a file in programmes/ next to the CSV without .yaml, e.g. six-weeks"));
            return Optional.empty();
        }
        Path folder = csv.toAbsolutePath().getParent().resolve("programmes");
        Optional<List<Stage>> stages = cache.computeIfAbsent(id, key -> {
            Path file = folder.resolve(key + ".yaml");
            if (!Files.isRegularFile(file)) return Optional.empty();
            try {
                return Optional.of(packs.loadProgramme(file, library));
            } catch (InvalidContentException e) {
                programmeProblems.addAll(e.problems());
                return Optional.empty();
            }
        });
        if (stages.isEmpty()) {
            Path file = folder.resolve(id + ".yaml");
            rowProblems.add(new Problem(shown, cell.line(), cell.column(), "programme", Files.isRegularFile(file)
                    ? "programme '" + id + "' has problems, listed under " + DisplayPaths.of(file, displayBase)
                    : "unknown programme '" + id + "': there is no " + DisplayPaths.of(file, displayBase),
                    Files.isRegularFile(file) ? "fix the programme file" : Suggestions.hint(id, known(folder))));
        }
        return stages;
    }

    private static List<String> known(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The row as the pack file it stands for: each non-empty field, located at its cell; notes split at '|'. */
    private static Node.Mapping mapping(CsvReader.Row record, Map<String, CsvReader.Cell> cells) {
        List<Node.Entry> entries = new ArrayList<>();
        cells.forEach((column, cell) -> {
            Node value;
            if (column.equals("notes")) {
                List<Node> notes = new ArrayList<>();
                for (String note : cell.text().split("\\|")) {
                    if (!note.isBlank()) notes.add(new Node.Scalar(note.strip(), Node.Scalar.Type.TEXT, cell.line(), cell.column()));
                }
                value = new Node.Sequence(notes, cell.line(), cell.column());
            } else {
                value = new Node.Scalar(cell.text().strip(), Node.Scalar.Type.TEXT, cell.line(), cell.column());
            }
            entries.add(new Node.Entry(column, cell.line(), cell.column(), value));
        });
        return new Node.Mapping(entries, record.line(), 1);
    }

    private static List<String> header(CsvReader.Row row, String shown) {
        List<Problem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CsvReader.Cell cell : row.cells()) {
            String name = cell.text().strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(shown, cell.line(), cell.column(), "", "unknown column '" + Texts.shorten(cell.text()) + "'",
                        Suggestions.hint(name, COLUMNS)));
            } else if (names.contains(name)) {
                problems.add(new Problem(shown, cell.line(), cell.column(), "", "column '" + name + "' appears twice", "keep one"));
            }
            names.add(name);
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !names.contains(required)) {
                problems.add(new Problem(shown, row.line(), 0, "", "the header has no '" + required + "' column",
                        "columns: " + String.join(", ", COLUMNS) + " (see docs/packs.md)"));
            }
        }
        if (!names.contains("routine") && !names.contains("programme")) {
            problems.add(new Problem(shown, row.line(), 0, "", "the header has neither a 'routine' nor a 'programme' column",
                    "each row names a routine (with weeks) or a programme"));
        }
        if (!problems.isEmpty()) throw new InvalidContentException(problems);
        return names;
    }

    /** The file as UTF-8 text; anything else is refused rather than printed as mojibake. */
    private static String text(Path csv, String shown) {
        try {
            if (!Files.isRegularFile(csv)) {
                throw new InvalidContentException(new Problem(shown, 0, 0, "", "file not found", "check the path"));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(csv)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidContentException(new Problem(shown, 0, 0, "", "is larger than 64 MB", "split the batch into several files"));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "is not UTF-8 text",
                    "save the spreadsheet as \"CSV UTF-8\""));
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "cannot read the file: " + e.getMessage(), ""));
        }
    }
}
