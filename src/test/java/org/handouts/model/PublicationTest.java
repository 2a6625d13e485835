package org.handouts.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.handouts.model.ModelSamples.brand;
import static org.handouts.model.ModelSamples.item;
import static org.handouts.model.ModelSamples.routine;

class PublicationTest {
    private final Brand riverside = brand("riverside", "Riverside Back Care");
    private final Routine beginner = routine("beginner", "Gentle start", Level.BEGINNER, List.of(item("knee-rolls")),
            "stop", "warm", "cool", List.of(), Optional.empty());

    @Test
    void handoutGoesUnderTheBrandFolderNamedAfterTheRoutine() {
        assertThat(new Publication(riverside, beginner, DocumentKind.HANDOUT, PaperSize.A4).relativePath())
                .isEqualTo("riverside/beginner-handout.pdf");
    }

    @Test
    void trackerIsNamedTracker() {
        assertThat(new Publication(riverside, beginner, DocumentKind.TRACKER, PaperSize.A4).relativePath())
                .isEqualTo("riverside/beginner-tracker.pdf");
    }

    @Test
    void paperOtherThanA4AddsASuffix() {
        assertThat(new Publication(riverside, beginner, DocumentKind.HANDOUT, PaperSize.LETTER).relativePath())
                .isEqualTo("riverside/beginner-handout-letter.pdf");
        assertThat(new Publication(riverside, beginner, DocumentKind.TRACKER, PaperSize.LETTER).relativePath())
                .isEqualTo("riverside/beginner-tracker-letter.pdf");
    }

    @Test
    void everyKindAndPaperGivesADifferentPath() {
        var paths = new java.util.HashSet<String>();
        for (DocumentKind k : DocumentKind.values()) {
            for (PaperSize p : PaperSize.values()) paths.add(new Publication(riverside, beginner, k, p).relativePath());
        }
        assertThat(paths).hasSize(DocumentKind.values().length * PaperSize.values().length);
    }

    @Test
    void largePrintAddsLargeBeforeThePaperSuffix() {
        assertThat(new Publication(riverside, beginner, DocumentKind.HANDOUT, PaperSize.A4, Variant.LARGE).relativePath())
                .isEqualTo("riverside/beginner-handout-large.pdf");
        assertThat(new Publication(riverside, beginner, DocumentKind.TRACKER, PaperSize.A4, Variant.LARGE).relativePath())
                .isEqualTo("riverside/beginner-tracker-large.pdf");
        assertThat(new Publication(riverside, beginner, DocumentKind.HANDOUT, PaperSize.LETTER, Variant.LARGE).relativePath())
                .isEqualTo("riverside/beginner-handout-large-letter.pdf");
        assertThat(new Publication(riverside, beginner, DocumentKind.HANDOUT, PaperSize.LETTER, Variant.STANDARD).relativePath())
                .isEqualTo("riverside/beginner-handout-letter.pdf");
    }

    @Test
    void everyKindPaperAndVariantGivesADifferentPath() {
        var paths = new java.util.HashSet<String>();
        for (DocumentKind k : DocumentKind.values()) {
            for (PaperSize p : PaperSize.values()) {
                for (Variant v : Variant.values()) paths.add(new Publication(riverside, beginner, k, p, v).relativePath());
            }
        }
        assertThat(paths).hasSize(DocumentKind.values().length * PaperSize.values().length * Variant.values().length);
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> new Publication(riverside, beginner, null, PaperSize.A4));
        assertThatNullPointerException().isThrownBy(() -> new Publication(null, beginner, DocumentKind.HANDOUT, PaperSize.A4));
        assertThatNullPointerException().isThrownBy(() -> new Publication(riverside, beginner, DocumentKind.HANDOUT, PaperSize.A4, null));
    }

    @Property
    void pathStaysInsideTheOutputFolder(@ForAll("ids") String brandId, @ForAll("ids") String routineId,
                                        @ForAll DocumentKind kind, @ForAll PaperSize paper) {
        Publication p = new Publication(brand(brandId, "B"), routine(routineId, "T", Level.STANDARD,
                List.of(item("x")), "s", "w", "c", List.of(), Optional.empty()), kind, paper);
        Path out = Path.of("/out");
        Path resolved = out.resolve(p.relativePath()).normalize();
        assertThat(resolved.getParent()).isEqualTo(out.resolve(brandId));
        assertThat(resolved.getFileName().toString()).startsWith(routineId + "-" + kind.key()).endsWith(".pdf");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> ids() {
        return net.jqwik.api.Arbitraries.strings().withChars("abz09").ofMinLength(1).ofMaxLength(10)
                .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("-", l));
    }
}
