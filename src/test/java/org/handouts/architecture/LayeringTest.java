package org.handouts.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency direction of README: {@code cli → publish → web → {content, render, pdf, post} → languages → model → {figures, images}}
 * (publish also uses the middle packages directly). {@code languages} (message bundles) sits
 * below the middle stages: every stage that prints words may use it, and it uses only the model.
 * A package may use packages of lower layers only; the four middle packages do not use each other.
 * {@code figures} is at the bottom so the model can hold figure data and every stage can draw it.
 * Read from the sources: imports, static imports and fully qualified names in code (comments and
 * string literals are ignored).
 */
class LayeringTest {
    static final Path MAIN = Path.of("src/main/java/org/handouts");
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("figures", 0), Map.entry("images", 0),
            Map.entry("model", 1),
            Map.entry("languages", 2),
            Map.entry("content", 3), Map.entry("render", 3), Map.entry("pdf", 3), Map.entry("post", 3),
            Map.entry("web", 4),
            Map.entry("publish", 5),
            Map.entry("cli", 6));
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+org\\.handouts\\.([a-z]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\s*\\.\\s*handouts\\s*\\.\\s*([a-z]+)\\b");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'", Pattern.DOTALL);

    /** One use of another package: which file, which package it is in, which package it uses. */
    record Use(String file, String from, String to) {
        @Override
        public String toString() {
            return file + ": " + from + " -> " + to;
        }
    }

    static String code(String source) {
        return COMMENTS_AND_STRINGS.matcher(source).replaceAll(m -> m.group().startsWith("\"") ? "\"\"" : " ");
    }

    /** The packages each source file uses, other than its own. */
    static List<Use> uses(String file, String source) {
        String code = code(source);
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) throw new AssertionError(file + " has no org.handouts package declaration");
        String from = pkg.group(1);
        List<Use> uses = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        m.region(pkg.end(), code.length());
        while (m.find()) {
            if (!m.group(1).equals(from)) uses.add(new Use(file, from, m.group(1)));
        }
        return uses;
    }

    /** What is wrong with one use, or null when it follows the layering. */
    static String violation(Use use) {
        Integer from = LAYER.get(use.from());
        Integer to = LAYER.get(use.to());
        if (from == null) return use.file() + ": package " + use.from() + " has no layer; add it to LAYER";
        if (to == null) return use + ": package " + use.to() + " has no layer; add it to LAYER";
        if (to >= from) return use + ": a layer may use only layers below it";
        return null;
    }

    static List<Use> allUses() throws IOException {
        List<Use> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(uses(MAIN.relativize(f).toString(), Files.readString(f)));
            }
        }
        return all;
    }

    @Test
    void everyMainPackageHasALayer() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> list = Files.list(MAIN)) {
            list.filter(Files::isDirectory).forEach(p -> packages.add(p.getFileName().toString()));
        }
        assertThat(packages).isEqualTo(new TreeSet<>(LAYER.keySet()));
    }

    @Test
    void dependenciesPointDownTheLayers() throws IOException {
        List<Use> uses = allUses();
        assertThat(uses).as("the scan found the uses between packages").isNotEmpty();
        assertThat(uses.stream().map(LayeringTest::violation).filter(v -> v != null).toList()).isEmpty();
    }

    @Test
    void nothingUsesTheCommandLine() throws IOException {
        assertThat(allUses()).filteredOn(u -> u.to().equals("cli")).isEmpty();
    }

    @Test
    void modelUsesOnlyFiguresAndNoIo() throws IOException {
        assertThat(allUses()).filteredOn(u -> u.from().equals("model")).extracting(Use::to).containsOnly("figures");
        assertNoIoAndOnlyJava("model");
    }

    @Test
    void figuresUseNoOtherPackageNoLibraryAndNoIo() throws IOException {
        // Self-contained: it draws through its own Canvas, so a PDF or SVG backend lives elsewhere.
        assertThat(allUses()).filteredOn(u -> u.from().equals("figures")).isEmpty();
        assertNoIoAndOnlyJava("figures");
    }

    private static void assertNoIoAndOnlyJava(String pkg) throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN.resolve(pkg))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = code(Files.readString(f));
                assertThat(code).as(f.toString()).doesNotContain("java.io.", "java.nio.file.Files", "java.net.");
                Matcher imports = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE).matcher(code);
                // Imports of our own packages are judged by the layering above; no library at all.
                while (imports.find()) assertThat(imports.group(2)).as(f.toString()).matches("(java|org\\.handouts)\\..*");
            }
        }
    }

    @Test
    void middlePackagesDoNotUseEachOtherOrThePublisher() throws IOException {
        Set<String> middle = Set.of("content", "render", "pdf", "post");
        assertThat(allUses()).filteredOn(u -> middle.contains(u.from()))
                .allSatisfy(u -> assertThat(u.to()).as(u.toString()).isIn("languages", "model", "figures", "images"));
    }

    @Test
    void publishUsesTheMiddleLayerAndModelOnly() throws IOException {
        assertThat(allUses()).filteredOn(u -> u.from().equals("publish")).extracting(Use::to)
                .containsAnyOf("content", "render", "pdf", "post")
                .allSatisfy(to -> assertThat(to).isIn("content", "render", "pdf", "post", "web", "languages", "model", "figures", "images"));
    }

    @Test
    void webBuildsOnTheViewModelsOnly() throws IOException {
        // The web pages render the PDFs' view models: render, model and figures, never the PDF stages.
        assertThat(allUses()).filteredOn(u -> u.from().equals("web"))
                .allSatisfy(u -> assertThat(u.to()).as(u.toString()).isIn("render", "languages", "model", "figures"));
    }

    @Test
    void languagesUseOnlyTheModelAndReadNoFiles() throws IOException {
        // The bundles are read by the content stage, which locates their problems; this package formats.
        assertThat(allUses()).filteredOn(u -> u.from().equals("languages")).extracting(Use::to).isSubsetOf("model");
        try (Stream<Path> walk = Files.walk(MAIN.resolve("languages"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(code(Files.readString(f))).as(f.toString()).doesNotContain("java.io.", "java.nio.file.", "java.net.");
            }
        }
    }

    @Test
    void theLibrariesStayInTheirStage() throws IOException {
        // Each third-party library belongs to one stage, so it can be swapped without touching the rest.
        Map<String, Set<String>> owners = Map.of(
                "org.xhtmlrenderer", Set.of("pdf"),
                "org.openpdf", Set.of("pdf"),
                "org.thymeleaf", Set.of("render"),
                "org.apache.pdfbox", Set.of("post", "web"),
                "org.apache.fontbox", Set.of("web"),
                "com.fasterxml.jackson.dataformat.yaml", Set.of("content"),
                "picocli", Set.of("cli"),
                "com.ibm.icu", Set.of("languages"));
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                String code = code(Files.readString(f));
                owners.forEach((library, allowed) -> {
                    if (code.contains(library + ".")) assertThat(allowed).as(f + " uses " + library).contains(pkg);
                });
            }
        }
    }

    @Test
    void theCheckerCatchesAnUpwardImport() {
        // The rules must be able to fail: a model class importing render is caught, as is a fully
        // qualified use hidden in code; the same text inside a comment or a string is not a use.
        String upward = """
                package org.handouts.model;

                import org.handouts.render.Views;

                class Bad { Object v = org.handouts.publish.Publisher.VERSION; }
                """;
        assertThat(uses("model/Bad.java", upward)).extracting(Use::to).containsExactly("render", "publish");
        assertThat(uses("model/Bad.java", upward).stream().map(LayeringTest::violation)).doesNotContainNull();

        String sideways = "package org.handouts.pdf;\nimport static org.handouts.post.PdfFinisher.open;\n";
        assertThat(violation(uses("pdf/Bad.java", sideways).get(0))).contains("pdf -> post");

        String harmless = """
                package org.handouts.model;
                /** See {@link org.handouts.render.Views}. */
                class Fine { String s = "org.handouts.cli.Main"; // org.handouts.publish
                }
                """;
        assertThat(uses("model/Fine.java", harmless)).isEmpty();

        String downward = "package org.handouts.cli;\nimport org.handouts.model.Problem;\n";
        assertThat(violation(uses("cli/Ok.java", downward).get(0))).isNull();
    }
}
