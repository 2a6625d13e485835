package org.handouts.model;

import java.util.Objects;

/** One output document: a brand's handout or tracker for a routine, on one paper size. */
public record Publication(Brand brand, Routine routine, DocumentKind kind, PaperSize paper) {

    public Publication {
        Objects.requireNonNull(brand);
        Objects.requireNonNull(routine);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(paper);
    }

    /**
     * Where it goes below the output folder: {@code riverside/beginner-handout.pdf}, with a paper
     * suffix for sizes other than A4. Built from checked ids only, so it never leaves the folder.
     */
    public String relativePath() {
        String suffix = paper == PaperSize.A4 ? "" : "-" + paper.key();
        return brand.id() + "/" + routine.id() + "-" + kind.key() + suffix + ".pdf";
    }
}
