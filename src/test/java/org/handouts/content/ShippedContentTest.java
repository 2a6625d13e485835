package org.handouts.content;

import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Problem;
import org.handouts.pdf.FontSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The content in the repository loads without a single problem, glyph check included. */
class ShippedContentTest {

    @Test
    void theShippedContentLoadsWithNoProblems() throws IOException {
        Path project = ContentFixtures.projectDir();
        FontSet fonts = FontSet.load(project.resolve("fonts"));
        Library library;
        try {
            library = new ContentLoader(project.resolve("content"), project, fonts::canPrint, new org.handouts.pdf.PdfInspector()).load();
        } catch (InvalidContentException e) {
            fail("the shipped content has problems:\n" + String.join("\n", e.problems().stream().map(Problem::format).toList()));
            return;
        }
        assertThat(library.brands()).containsKey("riverside");
        assertThat(library.routines()).containsKeys("beginner", "standard", "strengthening");
        assertThat(library.exercises()).hasSizeGreaterThanOrEqualTo(20);
        library.routines().values().forEach(r -> r.items().forEach(item ->
                assertThat(library.exercises()).as("routine %s", r.id()).containsKey(item.exerciseId())));
    }

    @Test
    void everyShippedExerciseHasAFigureWithAStartAndAnEnd() {
        Path project = ContentFixtures.projectDir();
        Library library = new ContentLoader(project.resolve("content"), project, cp -> true, new org.handouts.pdf.PdfInspector()).load();
        assertThat(library.exercises().values()).allSatisfy(e -> assertThat(e.figure()).as(e.id()).hasValueSatisfying(f ->
                assertThat(f.stages()).as(e.id()).contains(org.handouts.figures.Stage.START, org.handouts.figures.Stage.END)));
    }

    @Test
    void theFontsPrintTheTextButNotEverything() throws IOException {
        FontSet fonts = FontSet.load(ContentFixtures.projectDir().resolve("fonts"));
        assertThat(fonts.canPrint('A')).isTrue();
        assertThat(fonts.canPrint('\u2013')).as("en dash").isTrue();
        assertThat(fonts.canPrint(ContentFixtures.MISSING_GLYPH)).as("the glyph the corpus uses as missing").isFalse();
    }
}
