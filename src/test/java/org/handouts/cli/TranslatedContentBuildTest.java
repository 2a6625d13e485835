package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small project in src/test/resources/projects/spanish (the minimal one with its text also in
 * Spanish, under translations: es:) built by a brand that publishes in Spanish: the PDFs carry the
 * translated text, and a translation missing stops the build before anything is written.
 */
class TranslatedContentBuildTest {
    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void copyProject() throws IOException {
        project = FixtureProject.copy("spanish", tmp.resolve("project"));
    }

    private void publishInSpanish() throws IOException {
        Files.writeString(project.file("brands/clinic.yaml"), "languages: [es]\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private void dropSpanishSteps() throws IOException {
        Path bridge = project.file("exercises/bridge.yaml");
        Files.writeString(bridge, Files.readString(bridge).replace("""
                    steps:
                      - Suba la cadera hasta que el cuerpo forme una línea recta.
                      - Bájela despacio.
                """, ""));
    }

    @Test
    void aBrandPublishingInSpanishPrintsTheTranslatedText() throws IOException {
        publishInSpanish();

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout.pdf"))) {
            String text = Pdfs.text(doc);
            assertThat(text).contains("Rutina suave para la espalda", "Giro de rodillas", "Puente",
                    "Deje caer las rodillas hacia un lado.", "Vuelva a llevarlas al centro y luego hacia el otro lado.",
                    "Suba la cadera hasta que el cuerpo forme una línea recta.", "Bájela despacio.",
                    "Pare y pida consejo si", "El dolor empeora mucho.", "Esta hoja no sustituye el consejo de su propio médico.",
                    "Hillside Physio");
            assertThat(text.indexOf("Deje caer las rodillas")).isLessThan(text.indexOf("Vuelva a llevarlas"));
            assertThat(text.indexOf("Giro de rodillas")).isLessThan(text.indexOf("Puente"));
            assertThat(text).doesNotContain("Roll your knees", "Lift your hips", "Knee rolls", "Gentle back routine",
                    "This sheet does not replace");
        }
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-tracker.pdf"))) {
            assertThat(Pdfs.text(doc)).contains("Giro de rodillas", "Puente").doesNotContain("Knee rolls", "Bridge");
        }
    }

    @Test
    void aMissingTranslationFailsTheBuildAtItsEnglishLineAndWritesNothing() throws IOException {
        publishInSpanish();
        dropSpanishSteps();
        int line = project.lineOf("exercises/bridge.yaml", "steps:");

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("exercises/bridge.yaml:" + line + ":1: steps: no Spanish (es) translation "
                        + "(add steps: with 2 items, as in English, under translations: es:)")
                .contains("nothing was written").doesNotContain("at org.", "Exception");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void anUnfinishedTranslationOfALanguageNobodyPublishesDoesNotStopTheBuildButCheckLangReportsIt() throws IOException {
        dropSpanishSteps();
        int line = project.lineOf("exercises/bridge.yaml", "steps:");

        Cli.Run build = project.build();
        Cli.Run check = project.check("--lang", "es");

        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(check.exit()).as(check.toString()).isEqualTo(1);
        assertThat(check.err()).contains("exercises/bridge.yaml:" + line + ":1: steps: no Spanish (es) translation");
    }

    @Test
    void aBrandsTranslatedNameIsPrintedAndIsTheAuthorOfItsDocuments() throws IOException {
        publishInSpanish();
        Path brand = project.file("brands/clinic.yaml");
        Files.writeString(brand, Files.readString(brand).replace("  es:\n", "  es:\n    name: Fisioterapia Hillside\n"));

        Cli.Run run = project.build();

        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout.pdf"))) {
            assertThat(Pdfs.text(doc)).contains("Fisioterapia Hillside").doesNotContain("Hillside Physio");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Fisioterapia Hillside");
        }
    }
}
