package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped content in Spanish: a handout, its tracker and web page, and a patient's pack. */
class ShippedSpanishTest {
    @TempDir
    Path tmp;

    /** The shipped content, its brand publishing in English and Spanish. */
    private Path content() throws IOException {
        Path from = Cli.REPO.resolve("content");
        Path to = tmp.resolve("content");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(to.resolve("brands/riverside.yaml"), "\nlanguages: [en, es]\n", StandardOpenOption.APPEND);
        return to;
    }

    private static Cli.Run run(String command, Path content, String... more) {
        String[] base = {command, "--content", content.toString(), "--templates", Cli.REPO.resolve("templates").toString(),
                "--fonts", Cli.REPO.resolve("fonts").toString()};
        return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    /**
     * The text before the list of sources: a citation names its publisher and title as published
     * (in English for the shipped sources), so it is the one place English may stand.
     */
    private static String withoutCitations(String text) {
        int at = text.lastIndexOf("Fuentes ");
        return at < 0 ? text : text.substring(0, at);
    }

    @Test
    void theShippedHandoutTrackerAndPageInSpanishHaveNoEnglishFixedWord() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = run("build", content(), "--out", out.toString(), "--routine", "standard");
        assertThat(run.exit()).as(run.toString()).isZero();
        for (String pdf : java.util.List.of("standard-handout-es.pdf", "standard-tracker-es.pdf")) {
            try (PDDocument doc = Pdfs.open(out.resolve("riverside").resolve(pdf))) {
                String text = Pdfs.text(doc);
                assertThat(SecondLanguageBuildTest.englishIn(withoutCitations(text))).as(pdf).isEmpty();
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es-ES");
            }
        }
        try (PDDocument tracker = Pdfs.open(out.resolve("riverside/standard-tracker-es.pdf"))) {
            // One-sided exercises get a box for each side, I (izquierdo) and D (derecho).
            assertThat(Pdfs.text(tracker)).contains("I D I D", "I y D son el lado izquierdo y el derecho", "por lado");
        }
        var page = Jsoup.parse(Files.readString(out.resolve("riverside/standard-es.html"), StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es-ES");
        page.select("#sources li").remove();
        assertThat(SecondLanguageBuildTest.englishIn(page.body().text())).as("web page").isEmpty();
        assertThat(page.select("figure figcaption").eachText()).contains("Inicio", "Final");
        assertThat(page.select("figure svg").eachAttr("aria-label")).isNotEmpty()
                .allSatisfy(alt -> assertThat(alt).matches("(Inicio|Mitad|Final): .*\\."));
    }

    @Test
    void aPackInSpanishPrintsItsCoverDatesAndPageNumbersInSpanish() throws IOException {
        Path content = content();
        Path file = tmp.resolve("rc-0077.yaml");
        Files.writeString(file, """
                patient: Lucía Ejemplo
                reference: rc-0077
                brand: riverside
                routine: beginner
                start: 2026-11-30
                weeks: 2
                language: es
                notes:
                  - Empiece con pocas repeticiones.
                doses:
                  side-bending: { reps: 5 }
                """);
        Path out = tmp.resolve("out");
        Cli.Run run = run("pack", content, "--out", out.toString(), "--duplex", file.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument pdf = Pdfs.open(out.resolve("packs/rc-0077.pdf"))) {
            var pages = Pdfs.pageTexts(pdf);
            assertThat(pages.get(0)).contains("Su programa de ejercicios", "Preparado para", "Lucía Ejemplo", "Empieza el",
                    "lunes, 30 de noviembre de 2026", "Duración", "2 semanas", "Semanas 1 a 2", "30 nov a 13 dic 2026",
                    "Cómo usar este paquete", "Página 1 de " + pdf.getNumberOfPages());
            assertThat(pages.get(pages.size() - 1)).contains("Semana 2 de 2", "7 dic 2026");
            assertThat(String.join(" ", pages)).contains("Esta página se ha dejado en blanco a propósito.");
            for (int i = 0; i < pages.size(); i++) {
                assertThat(SecondLanguageBuildTest.englishIn(withoutCitations(pages.get(i)))).as("page " + (i + 1)).isEmpty();
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es-ES");
            var outline = new java.util.ArrayList<String>();
            for (var item : pdf.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertThat(outline.get(0)).isEqualTo("Portada: su programa");
            assertThat(outline).contains("Semana 1 de 2: 30 nov 2026");
        }
    }

    @Test
    void aPackInALanguageItsBrandDoesNotPublishIsALocatedError() throws IOException {
        Path content = tmp.resolve("c");
        Files.createDirectories(content);
        Path file = tmp.resolve("rc-0078.yaml");
        Files.writeString(file, Files.readString(Cli.REPO.resolve("docs/examples/rc-0001.yaml")) + "language: es\n");
        int line = (int) Files.readString(file).lines().count();
        Cli.Run run = Cli.run("pack", "--content", Cli.REPO.resolve("content").toString(), "--templates",
                Cli.REPO.resolve("templates").toString(), "--fonts", Cli.REPO.resolve("fonts").toString(),
                "--out", tmp.resolve("out").toString(), file.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("rc-0078.yaml:" + line + ":11: language: 'es' is not a language brand 'riverside' "
                + "publishes in (use one of: en; or add it to the brand's languages (with its translations), or leave "
                + "language out for en)");
    }
}
