package org.handouts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A personalised pack for one patient: a cover page with the plan, then each stage's handout
 * followed by that stage's dated weekly sheets.
 *
 * @param reference the clinic's reference for the pack; it names the output file, so the
 *                  patient's name never appears in a file name
 * @param review    when the clinician sees the patient again (by default, the day after the last week)
 * @param stages    the programme, in order; a single-routine pack has one stage
 * @param duplex    add blank pages so every handout and weekly sheet starts on the front of a sheet
 * @param link      an https address printed as a QR code on the cover, if any
 * @param variant   standard or large print, for the whole pack (cover, handouts and weekly sheets)
 * @param language  the language code it is printed in; empty for the brand's main language
 */
public record Pack(String reference, String patient, String brandId, LocalDate start, LocalDate review,
                   List<Stage> stages, Optional<String> clinician, List<String> notes, PaperSize paper,
                   boolean duplex, Optional<String> link, Variant variant, Optional<String> language) {
    /** The longest programme a pack prints: half a year of weekly sheets. */
    public static final int MAX_WEEKS = 26;
    /** How many stages a cover's plan table has room for. */
    public static final int MAX_STAGES = 6;

    public Pack {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(patient);
        Ids.require(brandId);
        Objects.requireNonNull(start);
        Objects.requireNonNull(review);
        Objects.requireNonNull(clinician);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(link);
        Objects.requireNonNull(variant);
        Objects.requireNonNull(language);
        stages = List.copyOf(stages);
        notes = List.copyOf(notes);
        if (stages.isEmpty() || stages.size() > MAX_STAGES) throw new IllegalArgumentException("1 to " + MAX_STAGES + " stages");
        int weeks = stages.stream().mapToInt(Stage::weeks).sum();
        if (weeks > MAX_WEEKS) throw new IllegalArgumentException("weeks must be 1 to " + MAX_WEEKS);
    }

    /** This pack printed for double-sided printing (the command line's --duplex). */
    public Pack withDuplex() {
        return new Pack(reference, patient, brandId, start, review, stages, clinician, notes, paper, true, link, variant, language);
    }

    /** A pack in the brand's main language. */
    public Pack(String reference, String patient, String brandId, LocalDate start, LocalDate review,
                List<Stage> stages, Optional<String> clinician, List<String> notes, PaperSize paper,
                boolean duplex, Optional<String> link, Variant variant) {
        this(reference, patient, brandId, start, review, stages, clinician, notes, paper, duplex, link, variant, Optional.empty());
    }

    /** The language it is printed in: its own, or else the brand's main language. */
    public String languageFor(Brand brand) {
        return language.orElse(brand.mainLanguage());
    }

    /** All weeks of the programme. */
    public int weeks() {
        return stages.stream().mapToInt(Stage::weeks).sum();
    }

    /** The Monday that week {@code week} (0-based, through the whole programme) starts on. */
    public LocalDate weekStart(int week) {
        return start.plusWeeks(week);
    }

    /** The first week (0-based) of stage {@code stage}. */
    public int firstWeek(int stage) {
        return stages.subList(0, stage).stream().mapToInt(Stage::weeks).sum();
    }
}
