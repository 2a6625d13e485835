package org.handouts.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.handouts.model.ModelSamples.breaths;
import static org.handouts.model.ModelSamples.minutes;
import static org.handouts.model.ModelSamples.seconds;

class DoseTest {
    private final Dose kneeRolls = new Dose(Optional.of(new Range(8, 10)), Optional.of(breaths(1, 1)), Optional.empty(),
            Sides.ALTERNATING, 1, Optional.empty());

    @Test
    void noPatchKeepsTheDose() {
        assertThat(kneeRolls.with(DosePatch.NONE)).isEqualTo(kneeRolls);
    }

    @Test
    void patchedRepsReplaceRepsAndKeepEverythingElse() {
        Dose patched = kneeRolls.with(ModelSamples.patchReps(5));
        assertThat(patched.reps()).contains(Range.of(5));
        assertThat(patched.hold()).contains(breaths(1, 1));
        assertThat(patched.time()).isEmpty();
        assertThat(patched.sides()).isEqualTo(Sides.ALTERNATING);
        assertThat(patched.sets()).isEqualTo(1);
        assertThat(patched.howOften()).isEmpty();
    }

    @Test
    void everyPatchedFieldReplacesItsOwn() {
        DosePatch patch = new DosePatch(Optional.of(Range.of(3)), Optional.of(seconds(5, 10)), Optional.of(minutes(2)),
                Optional.of(Sides.EACH), Optional.of(2), Optional.of(Frequency.TWICE_DAILY));
        Dose patched = kneeRolls.with(patch);
        assertThat(patched).isEqualTo(new Dose(Optional.of(Range.of(3)), Optional.of(seconds(5, 10)),
                Optional.of(minutes(2)), Sides.EACH, 2, Optional.of(Frequency.TWICE_DAILY)));
    }

    @Test
    void patchLeavesTheOriginalUnchanged() {
        kneeRolls.with(ModelSamples.patchReps(3));
        assertThat(kneeRolls.reps()).contains(new Range(8, 10));
    }

    @Test
    void patchedTimeIsAddedToATimelessDose() {
        DosePatch patch = new DosePatch(Optional.empty(), Optional.empty(), Optional.of(minutes(1)), Optional.empty(),
                Optional.empty(), Optional.empty());
        Dose patched = kneeRolls.with(patch);
        assertThat(patched.reps()).contains(new Range(8, 10));
        assertThat(patched.time()).contains(minutes(1));
    }

    @Test
    void rejectsDoseWithoutRepsOrTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Dose(Optional.empty(), Optional.of(seconds(5, 5)),
                Optional.empty(), Sides.BOTH, 1, Optional.empty()));
    }

    @Test
    void rejectsZeroSets() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Dose(Optional.of(Range.of(5)), Optional.empty(),
                Optional.empty(), Sides.BOTH, 0, Optional.empty()));
    }

    @Test
    void onlyEachSideSeparatelyIsPerSide() {
        assertThat(kneeRolls.perSide()).as("alternating sides is one go").isFalse();
        assertThat(ModelSamples.reps(5, 5).perSide()).isFalse();
        DosePatch each = new DosePatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Sides.EACH),
                Optional.empty(), Optional.empty());
        assertThat(ModelSamples.reps(5, 5).with(each).perSide()).isTrue();
    }
}
