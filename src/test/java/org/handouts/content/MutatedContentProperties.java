package org.handouts.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.cli.Main;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Problem;
import org.handouts.pdf.FontSet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped content, damaged at random: whatever an editor (or a bad merge) does to the YAML,
 * loading either succeeds or reports located problems, and never fails any other way. A smaller
 * property goes on to build the documents of content that still loads: the command exits 0 or 1
 * (never 70, "a bug"), and what it writes opens as PDF.
 */
class MutatedContentProperties {
    private static final Path REPO = ContentFixtures.projectDir();
    private static final Path CONTENT = REPO.resolve("content");
    private static final List<String> YAML_FILES = yamlFiles();
    private static final IntPredicate PRINTABLE = fontsCanPrint();

    /** Text an editor might paste, or that could confuse a parser, a template or XML. */
    private static final List<String> SNIPPETS = List.of(
            "<script>alert('x')</script>", "&", "&amp;", "&lt;b&gt;", "]]>", "<![CDATA[x]]>", "<!--", "-->", "<b>bold</b>",
            "<?xml version='1.0'?>", "&#0;", "&nbsp;", "[[${7*7}]]", "${T(java.lang.System).exit(1)}", "#{msg}", "%s%n",
            "\t", ":", ": ", "- ", " #", "'", "\"", "\\", "{", "}", "[", "]", "*a", "&a ", "!!binary aGk=", "? ", "|", ">",
            "---", "...", "%YAML 1.1", "\n", "\r\n", "\u202e", "\u200b", "\u0007", "\u0000", "\ufeff", "\u2603", "é", "—",
            "\u00a0", "\ud834\udd1e", "x".repeat(45), "Ünïcödé ✓", "8-10", "10 seconds", "~", "null", "true");

    private static List<String> yamlFiles() {
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).map(p -> CONTENT.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts' answer, remembered per code point: asking the fonts is most of a load's time. */
    private static IntPredicate fontsCanPrint() {
        FontSet fonts;
        try {
            fonts = FontSet.load(REPO.resolve("fonts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var known = new java.util.concurrent.ConcurrentHashMap<Integer, Boolean>();
        return cp -> known.computeIfAbsent(cp, fonts::canPrint);
    }

    // ---- mutations ------------------------------------------------------------------------------

    /** One change to a file's text. Positions are taken modulo the text's size, so any int works. */
    sealed interface Mutation {
        String apply(String text);
    }

    record DeleteLine(int at) implements Mutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            if (!lines.isEmpty()) lines.remove(Math.floorMod(at, lines.size()));
            return join(lines);
        }
    }

    record DuplicateLine(int at) implements Mutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            if (!lines.isEmpty()) {
                int i = Math.floorMod(at, lines.size());
                lines.add(i, lines.get(i));
            }
            return join(lines);
        }
    }

    record SwapLines(int a, int b) implements Mutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            if (lines.size() > 1) java.util.Collections.swap(lines, Math.floorMod(a, lines.size()), Math.floorMod(b, lines.size()));
            return join(lines);
        }
    }

    record Insert(int at, String snippet) implements Mutation {
        public String apply(String text) {
            int i = Math.floorMod(at, text.length() + 1);
            if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) i--; // keep pairs whole
            return text.substring(0, i) + snippet + text.substring(i);
        }
    }

    record Indent(int line, int delta) implements Mutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            if (lines.isEmpty()) return text;
            int i = Math.floorMod(line, lines.size());
            String l = lines.get(i);
            lines.set(i, delta >= 0 ? " ".repeat(delta) + l : l.substring(Math.min(-delta, l.length() - l.stripLeading().length())));
            return join(lines);
        }
    }

    record ReplaceValue(int line, String value) implements Mutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            if (lines.isEmpty()) return text;
            int i = Math.floorMod(line, lines.size());
            String l = lines.get(i);
            int colon = l.indexOf(": ");
            int dash = l.indexOf("- ");
            int cut = colon >= 0 ? colon + 2 : dash >= 0 && l.substring(0, dash).isBlank() ? dash + 2 : 0;
            lines.set(i, l.substring(0, cut) + value);
            return join(lines);
        }
    }

    record Truncate(int permille) implements Mutation {
        public String apply(String text) {
            int end = (int) ((long) text.length() * Math.floorMod(permille, 1000) / 1000);
            if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))) end--;
            return text.substring(0, end);
        }
    }

    /** Mutations of one file; a few files are saved in Latin-1 instead of UTF-8. */
    record FileEdit(int file, List<Mutation> mutations, boolean latin1) {
        String path() {
            return YAML_FILES.get(Math.floorMod(file, YAML_FILES.size()));
        }

        byte[] apply(String text) {
            for (Mutation m : mutations) text = m.apply(text);
            return text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    @Provide
    Arbitrary<List<FileEdit>> edits() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
        Arbitrary<String> snippet = Arbitraries.oneOf(
                Arbitraries.of(SNIPPETS),
                Arbitraries.strings().ofMaxLength(8),                                    // any code units
                Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\n').ofMaxLength(12));
        Arbitrary<String> value = Arbitraries.oneOf(
                snippet,
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.', ',').ofMaxLength(30),
                Arbitraries.of("", "[]", "{}", "[a, b]", "- x", "-1", "0", "1e9", "10-8", "2 minutes", "5 breaths", "1 hour",
                        "\"quoted\"", "'single'", "&a x", "*a", "lying-on-bak", "knee-roll", "nhs", "../../etc/passwd",
                        "#12345", "\"#ffffff\"", "x".repeat(600)));
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                position.map(DeleteLine::new),
                position.map(DuplicateLine::new),
                Combinators.combine(position, position).as(SwapLines::new),
                Combinators.combine(position, snippet).as(Insert::new),
                Combinators.combine(position, Arbitraries.integers().between(-4, 4)).as(Indent::new),
                Combinators.combine(position, value).as(ReplaceValue::new),
                Arbitraries.integers().between(0, 999).map(Truncate::new));
        Arbitrary<FileEdit> edit = Combinators.combine(
                Arbitraries.integers().between(0, YAML_FILES.size() - 1),
                mutation.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 24).map(i -> i == 0)).as(FileEdit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }

    // ---- properties ----------------------------------------------------------------------------

    /** One copy of the content for all tries; each try changes a few files and puts them back. */
    private static Path sharedProject;

    @net.jqwik.api.lifecycle.AfterContainer
    static void removeSharedProject() throws IOException {
        if (sharedProject != null) deleteTree(sharedProject);
        sharedProject = null;
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void mutatedContentLoadsOrIsRefusedWithLocatedProblems(@ForAll("edits") List<FileEdit> edits) throws IOException {
        if (sharedProject == null) {
            sharedProject = Files.createTempDirectory("handouts-mutated");
            ContentFixtures.copyTree(CONTENT, sharedProject.resolve("content"), List.of());
        }
        Path content = sharedProject.resolve("content");
        try {
            for (FileEdit edit : edits) {
                Path file = content.resolve(edit.path());
                Files.write(file, edit.apply(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
            Optional<Library> library = loadOrRefuse(content, sharedProject);
            Statistics.collect(library.isPresent() ? "loaded" : "refused");
        } finally {
            for (FileEdit edit : edits) {
                Files.copy(CONTENT.resolve(edit.path()), content.resolve(edit.path()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Text edits that keep the YAML valid, so most tries load and go on to render. */
    record TextEdit(int file, int line, int offset, String snippet) {
        private static final Pattern PLAIN_VALUE = Pattern.compile("^(\\s*(?:- )?[a-z_]+: |\\s*- )([A-Za-z].*)$");

        String path() {
            List<String> texts = YAML_FILES.stream().filter(p -> !p.startsWith("brands/")).toList();
            return texts.get(Math.floorMod(file, texts.size()));
        }

        /** Puts the snippet inside one plain text value, rewriting that value in double quotes. */
        String apply(String text) {
            List<String> lines = lines(text);
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (PLAIN_VALUE.matcher(lines.get(i)).matches()) candidates.add(i);
            }
            if (candidates.isEmpty()) return text;
            int i = candidates.get(Math.floorMod(line, candidates.size()));
            Matcher m = PLAIN_VALUE.matcher(lines.get(i));
            if (!m.matches()) throw new AssertionError();
            String value = m.group(2);
            int at = Math.floorMod(offset, value.length() + 1);
            String edited = value.substring(0, at) + snippet + value.substring(at);
            lines.set(i, m.group(1) + "\"" + edited.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "\"");
            return join(lines);
        }
    }

    @Provide
    Arbitrary<TextEdit> textEdits() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
        Arbitrary<String> snippet = Arbitraries.oneOf(
                Arbitraries.of(SNIPPETS),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u00a0', '\u017f').ofMaxLength(6));
        return Combinators.combine(position, position, position, snippet).as(TextEdit::new);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void mutatedContentThatLoadsBuildsPdfsAndOtherwiseExitsWithOne(@ForAll("textEdits") TextEdit edit) throws IOException {
        Path project = Files.createTempDirectory("handouts-build");
        try {
            Path content = project.resolve("content");
            ContentFixtures.copyTree(CONTENT, content, List.of());
            Path file = content.resolve(edit.path());
            Files.writeString(file, edit.apply(Files.readString(file)));
            Optional<Library> library = loadOrRefuse(content, project);
            Statistics.collect(library.isPresent() ? "loaded and built" : "refused");

            Path out = project.resolve("out");
            List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(),
                    "--templates", REPO.resolve("templates").toString(), "--fonts", REPO.resolve("fonts").toString(),
                    "--out", out.toString(), "--jobs", "2"));
            library.flatMap(l -> routineUsing(l, edit.path())).ifPresent(r -> args.addAll(List.of("--routine", r)));
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = Main.run(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));

            assertThat(code).as("exit code; stderr:\n%s", stderr).isIn(0, 1);
            if (library.isEmpty()) {
                assertThat(code).as("refused content must not build; stderr:\n%s", stderr).isEqualTo(1);
            }
            if (code == 0) {
                List<Path> pdfs;
                try (Stream<Path> walk = Files.walk(out)) {
                    pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).toList();
                }
                assertThat(pdfs).as("PDFs written; stdout:\n%s", stdout).isNotEmpty();
                for (Path pdf : pdfs) {
                    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                        assertThat(doc.getNumberOfPages()).as(pdf.toString()).isPositive();
                    }
                }
            }
        } finally {
            deleteTree(project);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Loads the content; a refusal must carry located, one-line, non-blank problems. */
    private static Optional<Library> loadOrRefuse(Path content, Path project) {
        try {
            return Optional.of(new ContentLoader(content, project, PRINTABLE, new org.handouts.pdf.PdfInspector()).load());
        } catch (InvalidContentException e) {
            assertThat(e.problems()).as("a refusal names at least one problem").isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.file()).as("file of %s", p).isNotBlank().startsWith("content/");
                assertThat(p.message()).as("message of %s", p).isNotBlank();
                assertThat(p.line()).as("line of %s", p).isNotNegative();
                assertThat(p.column()).as("column of %s", p).isNotNegative();
                assertThat(p.format()).as("one line per problem").doesNotContain("\n", "\r");
            }
            return Optional.empty();
        }
    }

    /** A routine whose documents show the edited file, so the build renders only those. */
    private static Optional<String> routineUsing(Library library, String path) {
        String id = path.substring(path.indexOf('/') + 1, path.lastIndexOf('.'));
        return library.routines().values().stream().filter(r -> r.id().equals(id)
                        || r.items().stream().anyMatch(i -> i.exerciseId().equals(id))
                        || List.of(r.stopIf(), r.warmUp(), r.coolDown()).contains(id) || r.advice().contains(id))
                .map(org.handouts.model.Routine::id).findFirst()
                .or(() -> library.routines().keySet().stream().findFirst());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
