package org.handouts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A personalised pack for one patient: a brand's handout for one routine, with the patient's
 * name, the clinician's notes and dose changes, followed by one dated tracker per week.
 *
 * @param id    the pack file's name, also the output file's
 * @param doses dose changes for this patient, by exercise id, on top of the routine's
 */
public record Pack(String id, String patient, String brandId, String routineId, LocalDate start, int weeks,
                   Optional<String> clinician, List<String> notes, Map<String, DosePatch> doses, PaperSize paper) {
    public static final int MAX_WEEKS = 12;

    public Pack {
        Ids.require(id);
        Objects.requireNonNull(patient);
        Ids.require(brandId);
        Ids.require(routineId);
        Objects.requireNonNull(start);
        Objects.requireNonNull(clinician);
        Objects.requireNonNull(paper);
        notes = List.copyOf(notes);
        doses = Map.copyOf(doses);
        if (weeks < 1 || weeks > MAX_WEEKS) throw new IllegalArgumentException("weeks must be 1 to " + MAX_WEEKS);
    }

    /** The routine as this patient does it: the pack's dose changes applied. */
    public Routine personalise(Routine routine) {
        List<RoutineItem> items = routine.items().stream()
                .map(i -> new RoutineItem(i.exerciseId(), i.dose().then(doses.getOrDefault(i.exerciseId(), DosePatch.NONE))))
                .toList();
        return new Routine(routine.id(), routine.title(), routine.topic(), routine.level(), routine.forWhom(), routine.howOften(),
                routine.minutes(), routine.stopIf(), routine.warmUp(), items, routine.coolDown(), routine.advice(),
                routine.movingUp(), routine.next());
    }
}
