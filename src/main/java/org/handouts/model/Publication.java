package org.handouts.model;

import java.util.Objects;

/** One output document: a brand's handout or tracker for a routine, on one paper size, in one print variant and one language. */
public record Publication(Brand brand, Routine routine, DocumentKind kind, PaperSize paper, Variant variant, String language) {

    public Publication {
        Objects.requireNonNull(brand);
        Objects.requireNonNull(routine);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(variant);
        Objects.requireNonNull(language);
        if (!language.matches("[a-z]{2,3}")) throw new IllegalArgumentException("not a language code: " + language);
    }

    /** In standard print, in the brand's main language. */
    public Publication(Brand brand, Routine routine, DocumentKind kind, PaperSize paper) {
        this(brand, routine, kind, paper, Variant.STANDARD);
    }

    /** In the brand's main language. */
    public Publication(Brand brand, Routine routine, DocumentKind kind, PaperSize paper, Variant variant) {
        this(brand, routine, kind, paper, variant, brand.mainLanguage());
    }

    /** The same document as another kind (a booklet's handout), in the same paper, variant and language. */
    public Publication as(DocumentKind other) {
        return new Publication(brand, routine, other, paper, variant, language);
    }

    /**
     * Where it goes below the output folder: {@code riverside/beginner-handout.pdf}, with
     * {@code -<lang>} for a language other than the brand's main one, {@code -large} for large
     * print and a paper suffix for sizes other than A4 ({@code beginner-handout-es-large-letter.pdf}).
     * Built from checked ids and codes only, so it never leaves the folder.
     */
    public String relativePath() {
        String suffix = paper == PaperSize.A4 ? "" : "-" + paper.key();
        return brand.id() + "/" + routine.id() + "-" + kind.key() + languageSuffix(brand, language) + variant.fileSuffix()
                + suffix + ".pdf";
    }

    /** "-es" for a language other than the brand's main one, else "". */
    public static String languageSuffix(Brand brand, String language) {
        return language.equals(brand.mainLanguage()) ? "" : "-" + language;
    }
}
