package org.handouts.content;

import org.handouts.languages.Languages;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MessagesReaderTest {
    private static final Path SHIPPED = Path.of("templates/messages");

    @TempDir
    Path tmp;

    private Path templates() throws IOException {
        Path messages = Files.createDirectories(tmp.resolve("templates/messages"));
        for (String f : List.of("en.yaml", "es.yaml")) Files.copy(SHIPPED.resolve(f), messages.resolve(f));
        return tmp.resolve("templates");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).equals(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    private List<String> problems(Path templates) {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new MessagesReader(tmp, cp -> true).read(templates));
        assertThat(e).as("the bundles are refused").isNotNull();
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void readsTheShippedBundles() {
        Languages languages = new MessagesReader(Path.of(""), cp -> true).read(Path.of("templates"));
        assertThat(languages.codes()).containsExactly("en", "es");
        assertThat(languages.require("es").text("days.monday")).isEqualTo("Lunes");
    }

    @Test
    void reportsAMissingKeyABrokenPatternAndAnUnknownKeyAtOnceEachAtItsPlace() throws IOException {
        Path templates = templates();
        Path es = templates.resolve("messages/es.yaml");
        String text = Files.readString(es)
                .replace("  monday: Lunes\n", "")
                .replace("  notes: Notas\n", "  notes: Notas {\n")
                .replace("  howDidItGo: ¿Cómo le ha ido?\n", "  howDidItGo: ¿Cómo le ha ido?\n  nites: Notas\n");
        Files.writeString(es, text);
        int tuesday = lineOf(es, "  tuesday: Martes");
        int notes = lineOf(es, "  notes: Notas {");
        int nites = lineOf(es, "  nites: Notas");

        assertThat(problems(templates)).containsExactly(
                "templates/messages/es.yaml:" + notes + ":10: tracker.notes: not a valid ICU message: "
                        + "Unmatched '{' braces in message \"Notas {\" (the English is: Notes)",
                "templates/messages/es.yaml:" + nites + ":10: tracker.nites: not a message the program prints "
                        + "(did you mean 'tracker.notes'?)",
                "templates/messages/es.yaml:" + tuesday + ":3: days.monday: missing "
                        + "(add it, translating the English: Monday)");
    }

    @Test
    void refusesAnArgumentTheProgramDoesNotPassEvenInsideAPluralBranch() throws IOException {
        Path templates = templates();
        Path es = templates.resolve("messages/es.yaml");
        // dose.times only: compact.times, further down, has the same text.
        Files.writeString(es, Files.readString(es).replaceFirst(java.util.regex.Pattern.quote(
                "  times: \"{n, plural, one {{range} vez} other {{range} veces}}\"\n"),
                java.util.regex.Matcher.quoteReplacement("  times: \"{n, plural, one {{range} vez} other {{rango} veces}}\"\n")));
        int line = lineOf(es, "  times: \"{n, plural, one {{range} vez} other {{rango} veces}}\"");
        assertThat(problems(templates)).containsExactly("templates/messages/es.yaml:" + line
                + ":10: dose.times: uses {rango}, which this message is not given (it takes {n}, {range}) "
                + "(the English is: {n, plural, =1 {once} other {{range} times}})");
    }

    @Test
    void aBundleMustSayALocaleOfItsOwnLanguage() throws IOException {
        Path templates = templates();
        Path es = templates.resolve("messages/es.yaml");
        Files.writeString(es, Files.readString(es).replace("locale: es-ES", "locale: en-GB"));
        assertThat(problems(templates)).containsExactly("templates/messages/es.yaml:" + lineOf(es, "locale: en-GB")
                + ":9: locale: 'en-GB' is not a locale of language 'es' (write the language code, a hyphen and the country, such as es-ES)");
    }

    @Test
    void aBundleIsNamedByItsLanguageCode() throws IOException {
        Path templates = templates();
        Files.copy(templates.resolve("messages/es.yaml"), templates.resolve("messages/Spanish.yaml"));
        assertThat(problems(templates)).containsExactly("templates/messages/Spanish.yaml: 'Spanish' is not a language code "
                + "(name a bundle by its language's two- or three-letter code in lower case, such as cy.yaml)");
    }

    @Test
    void aTemplatesFolderWithoutBundlesSaysWhereToGetThem() throws IOException {
        Files.createDirectories(tmp.resolve("templates"));
        assertThat(problems(tmp.resolve("templates"))).containsExactly("templates/messages: message bundles not found "
                + "(copy templates/messages/ from the shipped project into your templates folder)");
    }
}
