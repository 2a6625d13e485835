package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every brand × routine × paper × language × print variant of a translated project builds, in one
 * run in this JVM, and each PDF says its language and prints no English fixed word in Spanish.
 */
class LanguageMatrixTest {
    @TempDir
    Path tmp;

    @Test
    void everyBrandRoutinePaperLanguageAndVariantBuildsInItsLanguage() throws IOException {
        FixtureProject project = FixtureProject.copy("spanish", tmp.resolve("p"));
        Cli.Run run = project.build("--lang", "en,es", "--variant", "standard,large", "--paper", "a4,letter");
        assertThat(run.exit()).as(run.toString()).isZero();

        Map<String, String> languages = new TreeMap<>();
        List<String> englishInSpanish = new ArrayList<>();
        try (var files = Files.walk(project.out)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                try (PDDocument doc = Pdfs.open(pdf)) {
                    String name = project.out.relativize(pdf).toString();
                    languages.put(name, doc.getDocumentCatalog().getLanguage());
                    if (name.contains("-es")) {
                        SecondLanguageBuildTest.englishIn(Pdfs.text(doc)).forEach(p -> englishInSpanish.add(name + ": " + p));
                    }
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (String kind : List.of("handout", "tracker")) {
            for (String lang : List.of("", "-es")) {
                for (String variant : List.of("", "-large")) {
                    for (String paper : List.of("", "-letter")) {
                        expected.add("clinic/gentle-" + kind + lang + variant + paper + ".pdf");
                    }
                }
            }
        }
        assertThat(languages.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        languages.forEach((name, lang) -> assertThat(lang).as(name).isEqualTo(name.contains("-es") ? "es-ES" : "en-GB"));
        assertThat(englishInSpanish).isEmpty();
    }
}
