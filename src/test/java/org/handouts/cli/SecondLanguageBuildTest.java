package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.handouts.languages.Bundles;
import org.handouts.languages.Messages;
import org.handouts.post.Metadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second language end to end: the fixture project "spanish" (the minimal project with its
 * Spanish translations) built with {@code --lang es} or a brand's {@code languages:}, read back
 * from the PDFs and web pages.
 */
class SecondLanguageBuildTest {
    @TempDir
    Path tmp;

    private FixtureProject spanish() throws IOException {
        return FixtureProject.copy("spanish", tmp.resolve("p"));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Pdfs.open(pdf)) {
            return Pdfs.text(doc);
        }
    }

    /**
     * The fixed words of the English bundle, as they would print: each message with its
     * arguments and plural branches taken out, split at them into phrases. Phrases of one or two
     * letters ("L", "R") and those the Spanish bundle also has are left out.
     */
    static List<String> englishPhrases() {
        Messages en = Bundles.english();
        Messages es = Bundles.spanish();
        String spanish = String.join("\n", es.patterns().values().stream().map(SecondLanguageBuildTest::withoutArguments).toList())
                .toLowerCase(Locale.ROOT);
        TreeSet<String> phrases = new TreeSet<>();
        for (String pattern : en.patterns().values()) {
            for (String fragment : withoutArguments(pattern).split("[{}]")) {
                String phrase = fragment.replaceAll("[\\p{Punct}“”‘’–]+", " ").replaceAll("\\s+", " ").strip();
                if (phrase.length() < 3 || spanish.contains(phrase.toLowerCase(Locale.ROOT))) continue;
                phrases.add(phrase);
            }
        }
        return List.copyOf(phrases);
    }

    /**
     * The words a message prints: text at an even depth of braces, that is outside every argument
     * or inside a plural or select branch ("once" in {n, plural, =1 {once} other {# times}}).
     */
    private static String withoutArguments(String pattern) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                depth++;
                out.append('{');
            } else if (c == '}') {
                depth--;
                out.append('}');
            } else if (depth % 2 == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The English phrases found in {@code text}, as whole words, whatever their case. */
    static List<String> englishIn(String text) {
        List<String> found = new ArrayList<>();
        for (String phrase : englishPhrases()) {
            Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (p.matcher(text).find()) found.add(phrase);
        }
        return found;
    }

    @Test
    void theCheckerFindsEnglishLabels() {
        // The check below must be able to fail: an English handout's text is caught.
        assertThat(englishIn("Page 1 of 3 The exercises Start position Steps: Monday Pain today Notes"))
                .contains("Page", "The exercises", "Start position", "Steps", "Monday", "Pain today", "Notes");
        assertThat(englishPhrases()).contains("Repeat", "once", "each side", "Week starting", "Who it is for");
    }

    @Test
    void aSpanishHandoutAndTrackerPrintSpanishLabelsAndNoEnglishOnes() throws IOException {
        FixtureProject project = spanish();
        Cli.Run run = project.build("--lang", "es");
        assertThat(run.exit()).as(run.toString()).isZero();

        String handout = text(project.out.resolve("clinic/gentle-handout-es.pdf"));
        assertThat(handout).contains("Hoja de ejercicios", "Para quién es", "Con qué frecuencia", "Los ejercicios",
                "Posición inicial", "Pasos:", "Repita 8 a 10 veces", "Necesita: una esterilla.", "Fuentes",
                "Rutina suave para la espalda", "Inicial");
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout-es.pdf"))) {
            assertThat(Pdfs.pageTexts(doc).get(0)).contains("Página 1 de " + doc.getNumberOfPages());
        }
        assertThat(englishIn(handout)).as("English fixed words in the Spanish handout").isEmpty();

        String tracker = text(project.out.resolve("clinic/gentle-tracker-es.pdf"));
        assertThat(tracker).contains("Registro semanal", "Nombre:", "Semana del:", "Ejercicio y cuánto hacer", "Lunes", "Martes",
                "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Dolor hoy", "Notas", "¿Cómo le ha ido?");
        assertThat(englishIn(tracker)).as("English fixed words in the Spanish tracker").isEmpty();
    }

    @Test
    void aLanguageOtherThanTheBrandsMainOneIsNamedInTheFileAndItsPagesAreInThatLanguage() throws IOException {
        FixtureProject project = spanish();
        Files.writeString(project.file("brands/clinic.yaml"), "languages: [es, en]\n", StandardOpenOption.APPEND);
        Cli.Run run = project.build("--paper", "a4,letter");
        assertThat(run.exit()).as(run.toString()).isZero();

        try (var files = Files.list(project.out.resolve("clinic"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.endsWith(".png")).sorted())
                    .containsExactly("gentle-en.html", "gentle-handout-en-letter.pdf", "gentle-handout-en.pdf",
                            "gentle-handout-letter.pdf", "gentle-handout.pdf", "gentle-tracker-en-letter.pdf",
                            "gentle-tracker-en.pdf", "gentle-tracker-letter.pdf", "gentle-tracker.pdf", "gentle.html",
                            "index-en.html", "index.html");
        }
        // The brand's main language, Spanish, has the plain names; English is the one named.
        assertThat(text(project.out.resolve("clinic/gentle-handout.pdf"))).contains("Los ejercicios");
        assertThat(text(project.out.resolve("clinic/gentle-handout-en-letter.pdf"))).contains("The exercises");

        var page = Jsoup.parse(Files.readString(project.out.resolve("clinic/gentle.html"), StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es-ES");
        assertThat(page.select("#exercises-heading").text()).isEqualTo("Los ejercicios");
        var index = Jsoup.parse(Files.readString(project.out.resolve("clinic/index.html"), StandardCharsets.UTF_8));
        assertThat(index.select("li.routine h2 a").eachAttr("href")).containsExactly("gentle.html");
        assertThat(index.select(".downloads a").eachAttr("href")).contains("gentle-handout.pdf", "gentle-tracker-letter.pdf");
        var english = Jsoup.parse(Files.readString(project.out.resolve("clinic/index-en.html"), StandardCharsets.UTF_8));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(english.select("li.routine h2 a").eachAttr("href")).containsExactly("gentle-en.html");
        assertThat(english.select(".downloads a").eachAttr("href")).contains("gentle-handout-en.pdf", "gentle-tracker-en-letter.pdf");
    }

    @Test
    void thePdfSaysItsLanguageInTheCatalogueAndTheXmp() throws IOException {
        FixtureProject project = spanish();
        assertThat(project.build("--lang", "es,en").exit()).isZero();
        try (PDDocument es = Pdfs.open(project.out.resolve("clinic/gentle-handout-es.pdf"));
             PDDocument en = Pdfs.open(project.out.resolve("clinic/gentle-tracker.pdf"))) {
            assertThat(es.getDocumentCatalog().getLanguage()).isEqualTo("es-ES");
            assertThat(en.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(xmp(es)).contains("<dc:language>", "<rdf:li>es-ES</rdf:li>");
            assertThat(Metadata.info(es).get("Title")).isEqualTo("Rutina suave para la espalda (Inicial): Hoja de ejercicios · rigidez de espalda");
            assertThat(Metadata.info(es).get("Subject")).isEqualTo("Hoja de ejercicios · rigidez de espalda: rutina de nivel inicial");
        }
    }

    private static String xmp(PDDocument doc) throws IOException {
        try (var in = doc.getDocumentCatalog().getMetadata().createInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnknownLanguageOnTheCommandLineIsAUsageErrorListingTheLanguages() throws IOException {
        FixtureProject project = spanish();
        Cli.Run run = project.build("--lang", "xx");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("unknown language 'xx' for --lang (no templates/messages/xx.yaml); "
                + "the languages available are: en, es");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void aLanguageThatIsNoCodeAtAllSaysWhatACodeIs() throws IOException {
        FixtureProject project = spanish();
        Cli.Run run = project.build("--lang", "../../etc");
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("unknown language '../../etc' for --lang (a language is a code of two or three "
                + "letters, such as es or cy); the languages available are: en, es");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void anUnknownLanguageInABrandIsALocatedErrorListingTheLanguages() throws IOException {
        FixtureProject project = spanish();
        Files.writeString(project.file("brands/clinic.yaml"), "languages: [es, fr]\n", StandardOpenOption.APPEND);
        int line = project.lineOf("brands/clinic.yaml", "languages: [es, fr]");
        Cli.Run run = project.check();
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains(project.content.getFileName() + "/brands/clinic.yaml:" + line + ":17: languages[2]: "
                + "no message bundle for language 'fr' (add templates/messages/fr.yaml (see docs/languages.md); "
                + "the languages with a message bundle are: en, es)");
    }
}
