package org.handouts.model;

import java.util.Objects;

/** One output document: a brand's handout or tracker for a routine, on one paper size, in one print variant. */
public record Publication(Brand brand, Routine routine, DocumentKind kind, PaperSize paper, Variant variant) {

    public Publication {
        Objects.requireNonNull(brand);
        Objects.requireNonNull(routine);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(variant);
    }

    /** In standard print. */
    public Publication(Brand brand, Routine routine, DocumentKind kind, PaperSize paper) {
        this(brand, routine, kind, paper, Variant.STANDARD);
    }

    /** The same document as another kind (a booklet's handout), in the same paper and variant. */
    public Publication as(DocumentKind other) {
        return new Publication(brand, routine, other, paper, variant);
    }

    /**
     * Where it goes below the output folder: {@code riverside/beginner-handout.pdf}, with
     * {@code -large} for large print and a paper suffix for sizes other than A4
     * ({@code beginner-tracker-large-letter.pdf}). Built from checked ids only, so it never leaves
     * the folder.
     */
    public String relativePath() {
        String suffix = paper == PaperSize.A4 ? "" : "-" + paper.key();
        return brand.id() + "/" + routine.id() + "-" + kind.key() + variant.fileSuffix() + suffix + ".pdf";
    }
}
