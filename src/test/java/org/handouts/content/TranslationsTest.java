package org.handouts.content;

import org.handouts.figures.Stage;
import org.handouts.model.Exercise;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code translations:} blocks of content files: a complete translation gives the library in
 * that language; what a document published in the language would lack is a located error; a
 * defect in a block is an error whether or not the language is published.
 */
class TranslationsTest {
    @TempDir
    Path project;

    /** The Spanish of every file of the base content that has text to translate. */
    private static final List<String[]> SPANISH = List.of(
            new String[] {"exercises/knee-rolls.yaml", """
                    name: Giro de rodillas
                    purpose: Estira la espalda con suavidad y la ayuda a moverse.
                    start: Túmbese boca arriba con las rodillas dobladas.
                    steps:
                      - Deje caer las rodillas despacio hacia un lado.
                      - Vuelva a llevarlas al centro.
                    """},
            new String[] {"exercises/pelvic-tilts.yaml", """
                    name: Báscula pélvica
                    purpose: Mueve con suavidad la parte baja de la espalda.
                    start: Túmbese boca arriba con las rodillas dobladas.
                    steps:
                      - Apriete la parte baja de la espalda contra el suelo.
                      - Incline la cadera hacia el otro lado.
                    """},
            new String[] {"exercises/plank.yaml", """
                    name: Plancha
                    purpose: Fortalece el centro del cuerpo y le da estabilidad.
                    start: Túmbese boca abajo, apoyado en los antebrazos.
                    steps:
                      - Levante la cadera y las rodillas del suelo.
                      - Mantenga esta posición.
                    """},
            new String[] {"routines/beginner.yaml", """
                    title: Inicio suave
                    topic: dolor lumbar
                    for_whom: Para usted si es nuevo en los ejercicios de espalda.
                    moving_up:
                      - La rutina le resulta fácil.
                    """},
            new String[] {"advice/cool-down.yaml", """
                    title: Vuelta a la calma
                    points:
                      - Camine despacio un par de minutos.
                    """},
            new String[] {"advice/stop.yaml", """
                    title: Pare y pida consejo si
                    points:
                      - Siente un dolor agudo.
                    """},
            new String[] {"advice/warm-up.yaml", """
                    title: Calentamiento
                    points:
                      - Camine unos minutos.
                    """});

    private Path content;

    private Path spanishContent() throws IOException {
        content = ContentFixtures.copyBase(project);
        for (String[] file : SPANISH) translate(file[0], "es", file[1]);
        return content;
    }

    /** Appends a {@code translations:} block with one language to a content file. */
    private void translate(String file, String language, String fields) throws IOException {
        String indented = fields.lines().map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(content.resolve(file), "translations:\n  " + language + ":\n" + indented, StandardOpenOption.APPEND);
    }

    /** Replaces text in a content file. */
    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("%s holds the text to change", file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private ContentLoader loaderPublishing(String... languages) {
        return ContentFixtures.loader(project).publishing(brand -> List.of(languages));
    }

    private List<String> problemsPublishing(String... languages) {
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> loaderPublishing(languages).load(),
                "the content should have been refused");
        return e.problems().stream().map(Problem::format).toList();
    }

    /** The problems of the Spanish content with one edit, published in {@code languages}. */
    private List<String> problemsOfSpanishWith(String file, String from, String to, String... languages) throws IOException {
        spanishContent();
        edit(file, from, to);
        return problemsPublishing(languages);
    }

    @Test
    void aCompleteTranslationGivesTheLibraryInThatLanguage() throws IOException {
        spanishContent();

        Library library = loaderPublishing("en", "es").load();

        Library spanish = library.in("es");
        Exercise rolls = spanish.requireExercise("knee-rolls");
        assertThat(rolls.name()).isEqualTo("Giro de rodillas");
        assertThat(rolls.steps()).containsExactly("Deje caer las rodillas despacio hacia un lado.", "Vuelva a llevarlas al centro.");
        assertThat(rolls.start()).isEqualTo("Túmbese boca arriba con las rodillas dobladas.");
        Exercise english = library.requireExercise("knee-rolls");
        assertThat(rolls.dose()).isEqualTo(english.dose());
        assertThat(rolls.category()).isEqualTo(english.category());
        assertThat(rolls.positions()).isEqualTo(english.positions());
        assertThat(rolls.sources()).isEqualTo(english.sources());
        assertThat(spanish.exercises().keySet()).containsExactlyElementsOf(library.exercises().keySet());
        assertThat(spanish.requireRoutine("beginner").title()).isEqualTo("Inicio suave");
        assertThat(spanish.requireRoutine("beginner").items()).isEqualTo(library.requireRoutine("beginner").items());
        assertThat(spanish.requireAdvice("stop").points()).containsExactly("Siente un dolor agudo.");
        assertThat(library.in("en")).isSameAs(library);
        assertThat(english.name()).isEqualTo("Knee rolls");
    }

    @Test
    void aBrandNeedsNoTranslationAndUsesTheOneItHas() throws IOException {
        spanishContent();
        Library untranslated = loaderPublishing("es").load();
        assertThat(untranslated.in("es").requireBrand("clinic")).isEqualTo(untranslated.requireBrand("clinic"));

        translate("brands/clinic.yaml", "es", "disclaimer: Esta hoja no sustituye el consejo de su médico.\n");
        Library translated = loaderPublishing("es").load();

        assertThat(translated.in("es").requireBrand("clinic").disclaimer()).isEqualTo("Esta hoja no sustituye el consejo de su médico.");
        assertThat(translated.in("es").requireBrand("clinic").name()).isEqualTo("Test Clinic");
        assertThat(translated.requireBrand("clinic").disclaimer()).isEqualTo("This sheet does not replace advice from your own doctor.");
    }

    @Test
    void aSourceKeepsItsPublishersNameUnlessTheTranslationDescribesIt() throws IOException {
        spanishContent();
        Library named = loaderPublishing("es").load();
        assertThat(named.in("es").requireSource("nhs").publisher()).isEqualTo(named.requireSource("nhs").publisher());

        translate("sources/nhs.yaml", "es", "publisher: Un sitio web de salud\n");
        Library described = loaderPublishing("es").load();

        assertThat(described.in("es").requireSource("nhs").publisher()).isEqualTo("Un sitio web de salud");
        assertThat(described.in("es").requireSource("nhs").title()).isEqualTo(described.requireSource("nhs").title());
        assertThat(described.requireSource("nhs").publisher()).isNotEqualTo("Un sitio web de salud");
    }

    @Test
    void aFieldMissingInAPublishedLanguageIsLocatedAtTheEnglishItTranslates() throws IOException {
        spanishContent();
        edit("exercises/knee-rolls.yaml", "    start: Túmbese boca arriba con las rodillas dobladas.\n", "");

        assertThat(problemsPublishing("en", "es")).containsExactly(
                "content/exercises/knee-rolls.yaml:5:1: start: no Spanish (es) translation (add start: under translations: es:)");
    }

    @Test
    void aMissingListSaysHowManyItemsTheEnglishHas() throws IOException {
        spanishContent();
        edit("advice/stop.yaml", "    points:\n      - Siente un dolor agudo.\n", "");
        edit("exercises/plank.yaml", """
                    steps:
                      - Levante la cadera y las rodillas del suelo.
                      - Mantenga esta posición.
                """, "");

        assertThat(problemsPublishing("es")).containsExactly(
                "content/advice/stop.yaml:2:1: points: no Spanish (es) translation (add points: with 1 item, as in English, under translations: es:)",
                "content/exercises/plank.yaml:6:1: steps: no Spanish (es) translation (add steps: with 2 items, as in English, under translations: es:)");
    }

    @Test
    void aDroppedStepDoesNotPass() throws IOException {
        assertThat(problemsOfSpanishWith("exercises/knee-rolls.yaml", "      - Vuelva a llevarlas al centro.\n", "", "es")).containsExactly(
                "content/exercises/knee-rolls.yaml:20:5: translations.es.steps: has 1 item, but the English has 2 "
                        + "(steps are numbered: translate each English item as one item, in the same order)");
    }

    @Test
    void aFileWithNoTranslationAtAllIsOneProblemListingWhatToTranslate() throws IOException {
        spanishContent();
        Files.writeString(content.resolve("exercises/plank.yaml"), Files.readString(content.resolve("exercises/plank.yaml"))
                .replaceAll("(?s)translations:.*", ""));

        assertThat(problemsPublishing("es")).containsExactly(
                "content/exercises/plank.yaml:1:1: translations: no Spanish (es) translation "
                        + "(add translations: es: with name, purpose, start and steps (2 items), as in English)");
    }

    @Test
    void aFieldThatIsNotTranslatedSaysWhereItsWordsComeFrom() throws IOException {
        spanishContent();
        edit("exercises/knee-rolls.yaml", "    name: Giro de rodillas\n",
                "    name: Giro de rodillas\n    dose:\n      reps: 8-10\n    sources: [nhs]\n");
        edit("routines/beginner.yaml", "    title: Inicio suave\n", "    title: Inicio suave\n    how_often: diario\n");

        assertThat(problemsPublishing()).containsExactly(
                "content/exercises/knee-rolls.yaml:18:5: translations.es.dose: is not translated: it prints in Spanish (es) "
                        + "from the message bundle templates/messages/es.yaml (remove dose: from translations: es:)",
                "content/exercises/knee-rolls.yaml:20:5: translations.es.sources: is not translated: it is the same in every "
                        + "language (remove sources: from translations: es:)",
                "content/routines/beginner.yaml:18:5: translations.es.how_often: is not translated: it prints in Spanish (es) "
                        + "from the message bundle templates/messages/es.yaml (remove how_often: from translations: es:)");
    }

    @Test
    void aMisspeltFieldIsRefusedWithTheNearestTranslatableOneEvenWhenTheLanguageIsNotPublished() throws IOException {
        assertThat(problemsOfSpanishWith("exercises/knee-rolls.yaml", "    purpose: Estira", "    purpsoe: Estira", "en")).containsExactly(
                "content/exercises/knee-rolls.yaml:18:5: translations.es.purpsoe: unknown field (did you mean 'purpose'?)");
    }

    @Test
    void blankTranslationsAndTextTheEnglishDoesNotHaveAreRefused() throws IOException {
        assertThat(problemsOfSpanishWith("exercises/knee-rolls.yaml", "    name: Giro de rodillas\n",
                "    name: \"  \"\n    tips: [Despacio.]\n", "en")).containsExactly(
                "content/exercises/knee-rolls.yaml:17:11: translations.es.name: is empty (write the text, or remove the field if it is optional)",
                "content/exercises/knee-rolls.yaml:18:5: translations.es.tips: the English has no tips to translate "
                        + "(remove it here, or write the English tips first)");
    }

    @Test
    void aKeyThatIsNotALanguageCodeIsRefusedWithTheCodeItMeant() throws IOException {
        content = ContentFixtures.copyBase(project);
        translate("advice/stop.yaml", "ES", "title: Pare\n");
        translate("advice/cool-down.yaml", "Spanish", "title: Calma\n");
        translate("advice/warm-up.yaml", "en", "title: Warm-up\n");
        translate("sources/nhs.yaml", "es-MX", "note: Revisado\n");

        assertThat(problemsPublishing("en")).containsExactly(
                "content/advice/cool-down.yaml:7:3: translations.Spanish: 'Spanish' is not a language code (did you mean 'es' (Spanish)?)",
                "content/advice/stop.yaml:7:3: translations.ES: 'ES' is not a language code (language codes are lower case: did you mean 'es'?)",
                "content/advice/warm-up.yaml:7:3: translations.en: English is the content's own language, not a translation "
                        + "(the file's main fields are the English: move this text there, or remove it)",
                "content/sources/nhs.yaml:4:3: translations.es-MX: 'es-MX' is not a language code "
                        + "(write the language alone, without a region: did you mean 'es'?)");
    }

    @Test
    void translationsWrittenAsAListSayHowToWriteThem() throws IOException {
        content = ContentFixtures.copyBase(project);
        Files.writeString(content.resolve("sources/nhs.yaml"), "translations:\n  - es\n", StandardOpenOption.APPEND);

        assertThat(problemsPublishing("en")).containsExactly(
                "content/sources/nhs.yaml:4:3: translations: expected languages with their fields but found a list "
                        + "(write a language code, such as es:, on its own line under translations:, and its fields indented under it)");
    }

    @Test
    void translatedTextMustPrintInTheFontStack() throws IOException {
        spanishContent();
        edit("exercises/knee-rolls.yaml", "    name: Giro de rodillas", "    name: Giro de rodillas \u6F22");

        assertThat(problemsPublishing("en")).singleElement().asString()
                .isEqualTo("content/exercises/knee-rolls.yaml:17:11: translations.es.name: character '\u6F22' (U+6F22) is in no font "
                        + "of the stack and would not print (replace it, or copy a .ttf font that has it into fonts/ and add it to fonts/stack.txt)");
    }

    @Test
    void aPartialTranslationOfALanguageNobodyPublishesIsNoError() throws IOException {
        spanishContent();
        edit("exercises/knee-rolls.yaml", "      - Vuelva a llevarlas al centro.\n", "");
        edit("exercises/plank.yaml", "    name: Plancha\n", "");

        Library library = loaderPublishing("en").load();

        assertThat(library.in("es").exercises()).containsOnlyKeys("pelvic-tilts");
        assertThat(library.findTranslation("es").orElseThrow().gaps()).hasSize(2);
    }

    @Test
    void onlyTheFilesAPublishedDocumentPrintsMustBeTranslated() throws IOException {
        spanishContent();
        Files.writeString(content.resolve("exercises/extra.yaml"), Files.readString(content.resolve("exercises/plank.yaml"))
                .replaceAll("(?s)translations:.*", ""));

        Library library = loaderPublishing("es").load();

        assertThat(library.in("es").exercises()).doesNotContainKey("extra");
        assertThat(library.exercises()).containsKey("extra");
    }

    @Test
    void aLanguageNothingIsTranslatedIntoIsOneProblem() throws IOException {
        spanishContent();

        assertThat(problemsPublishing("es", "cy")).containsExactly(
                "content: nothing is translated into Welsh (cy) (add translations: cy: to each content file; see docs/languages.md)");
    }

    @Test
    void theAltTextsOfAClinicsOwnPicturesAreTranslated() throws IOException {
        spanishContent();
        PictureFiles.jpeg(content.resolve("exercises/pictures/start.jpg"), 600, 400);
        PictureFiles.jpeg(content.resolve("exercises/pictures/end.jpg"), 600, 400);
        edit("exercises/knee-rolls.yaml", "sources:\n  - nhs\n", """
                sources:
                  - nhs
                pictures:
                  start: {file: pictures/start.jpg, alt: "Lying on the back, knees bent."}
                  end:
                    file: pictures/end.jpg
                    alt: Knees rolled to one side.
                """);
        edit("exercises/knee-rolls.yaml", "    name: Giro de rodillas\n",
                "    name: Giro de rodillas\n    pictures:\n      start: {alt: Boca arriba con las rodillas dobladas.}\n");
        assertThat(problemsPublishing("es")).containsExactly(
                "content/exercises/knee-rolls.yaml:19:5: pictures.end.alt: no Spanish (es) translation "
                        + "(add pictures: with end: {alt: ...} under translations: es:)");

        edit("exercises/knee-rolls.yaml", "{alt: Boca arriba con las rodillas dobladas.}\n",
                "{alt: Boca arriba con las rodillas dobladas.}\n      end: {alt: Las rodillas caen a un lado.}\n");
        Library library = loaderPublishing("es").load();

        Exercise spanish = library.in("es").requireExercise("knee-rolls");
        assertThat(spanish.findPicture(Stage.START).orElseThrow().alt()).contains("Boca arriba con las rodillas dobladas.");
        assertThat(spanish.findPicture(Stage.END).orElseThrow().alt()).contains("Las rodillas caen a un lado.");
        assertThat(spanish.findPicture(Stage.END).orElseThrow().file())
                .isEqualTo(library.requireExercise("knee-rolls").findPicture(Stage.END).orElseThrow().file());
        assertThat(library.requireExercise("knee-rolls").findPicture(Stage.START).orElseThrow().alt())
                .contains("Lying on the back, knees bent.");
    }

    @Test
    void aPackInALanguageNeedsWhatItAddsToTheRoutineTranslated() throws IOException {
        spanishContent();
        Files.writeString(content.resolve("exercises/extra.yaml"), Files.readString(content.resolve("exercises/plank.yaml"))
                .replaceAll("(?s)translations:.*", ""));
        Files.writeString(content.resolve("brands/clinic.yaml"), "languages: [es]\n", StandardOpenOption.APPEND);
        Library library = ContentFixtures.loader(project).publishing(b -> b.languages()).load();
        Path pack = Files.writeString(project.resolve("rc-1.yaml"), """
                patient: Jane Example
                brand: clinic
                start: 2026-11-30
                programme:
                  - routine: beginner
                    weeks: 2
                    add: [extra]
                """);

        InvalidContentException e = assertThrows(InvalidContentException.class,
                () -> new PackLoader(project, ContentFixtures.PRINTABLE).load(pack, library));

        assertThat(e.problems().stream().map(Problem::format)).containsExactly(
                "content/exercises/extra.yaml:1:1: translations: no Spanish (es) translation "
                        + "(add translations: es: with name, purpose, start and steps (2 items), as in English)");
    }
}
