package org.handouts.render;

import org.handouts.model.Dose;
import org.handouts.model.Frequency;
import org.handouts.model.Range;
import org.handouts.model.Sides;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handouts.model.ModelSamples.breaths;
import static org.handouts.model.ModelSamples.minutes;
import static org.handouts.model.ModelSamples.seconds;

class DoseWordingTest {

    private static Dose dose(Range reps, org.handouts.model.Amount hold, org.handouts.model.Amount time, Sides sides,
                             int sets, Frequency howOften) {
        return new Dose(Optional.ofNullable(reps), Optional.ofNullable(hold), Optional.ofNullable(time), sides, sets,
                Optional.ofNullable(howOften));
    }

    @Test
    void repsRangeAlternating() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(new Range(8, 10), null, null, Sides.ALTERNATING, 1, null)))
                .containsExactly("Repeat 8 to 10 times, alternating sides.");
    }

    @Test
    void repsBothSidesTogether() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(5), null, null, Sides.BOTH, 1, null)))
                .containsExactly("Repeat 5 times.");
    }

    @Test
    void repsOnEachSide() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(10), null, null, Sides.EACH, 1, null)))
                .containsExactly("Repeat 10 times on one side, then change sides.");
    }

    @Test
    void aSingleRepetitionIsOnce() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(1), null, null, Sides.BOTH, 1, null)))
                .containsExactly("Repeat once.");
    }

    @Test
    void holdInSecondsFollowsTheReps() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(new Range(8, 10), seconds(5, 10), null, Sides.BOTH, 1, null)))
                .containsExactly("Repeat 8 to 10 times.", "Hold for 5 to 10 seconds each time.");
    }

    @Test
    void holdOfOneBreathIsADeepBreath() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(new Range(8, 10), breaths(1, 1), null, Sides.ALTERNATING, 1, null)))
                .containsExactly("Repeat 8 to 10 times, alternating sides.", "Hold for 1 deep breath each time.");
    }

    @Test
    void holdOfSeveralBreathsSaysBreaths() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(5), breaths(5, 10), null, Sides.BOTH, 1, null)))
                .containsExactly("Repeat 5 times.", "Hold for 5 to 10 breaths each time.");
    }

    @Test
    void timeOnEachSide() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(null, null, minutes(2), Sides.EACH, 1, null)))
                .containsExactly("Keep going for 2 minutes, then change sides.");
    }

    @Test
    void timeAlternating() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(null, null, minutes(2), Sides.ALTERNATING, 1, null)))
                .containsExactly("Keep going for 2 minutes, switching sides as you go.");
    }

    @Test
    void timeOfOneMinuteIsSingular() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(null, null, minutes(1), Sides.BOTH, 1, null)))
                .containsExactly("Keep going for 1 minute.");
    }

    @Test
    void timeAfterRepsDoesNotRepeatTheSides() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(10), null, seconds(30, 60), Sides.EACH, 1, null)))
                .containsExactly("Repeat 10 times on one side, then change sides.", "Keep going for 30 to 60 seconds.");
    }

    @Test
    void setsAndFrequencyComeLast() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(10), seconds(5, 5), null, Sides.BOTH, 2, Frequency.TWICE_DAILY)))
                .containsExactly("Repeat 10 times.", "Hold for 5 seconds each time.",
                        "Do this 2 times, with a short rest in between.", "Do this exercise twice a day.");
    }

    @Test
    void oneSetSaysNothingAboutSets() {
        assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), dose(Range.of(10), null, null, Sides.BOTH, 1, null)))
                .noneMatch(s -> s.contains("rest"));
    }

    @Test
    void compactRepsAlternatingWithABreath() {
        assertThat(DoseWording.compact(org.handouts.languages.Bundles.english(), dose(new Range(8, 10), breaths(1, 1), null, Sides.ALTERNATING, 1, null)))
                .isEqualTo("8\u201310 times, alternating \u00b7 hold 1 breath");
    }

    @Test
    void compactRepsEachSideWithSecondsAndRounds() {
        assertThat(DoseWording.compact(org.handouts.languages.Bundles.english(), dose(Range.of(10), seconds(10, 15), null, Sides.EACH, 2, null)))
                .isEqualTo("10 times each side \u00b7 hold 10\u201315 sec \u00b7 2 rounds");
    }

    @Test
    void compactTimeEachSide() {
        assertThat(DoseWording.compact(org.handouts.languages.Bundles.english(), dose(null, null, minutes(1), Sides.EACH, 1, null)))
                .isEqualTo("1 min each side");
    }

    @Test
    void compactTimeTogether() {
        assertThat(DoseWording.compact(org.handouts.languages.Bundles.english(), dose(null, null, minutes(2), Sides.BOTH, 1, null))).isEqualTo("2 min");
    }

    @Test
    void compactSingleRepetitionIsSingular() {
        assertThat(DoseWording.compact(org.handouts.languages.Bundles.english(), dose(Range.of(1), null, null, Sides.BOTH, 1, null))).isEqualTo("1 time");
    }

    @Test
    void compactSeveralBreaths() {
        assertThat(DoseWording.compact(org.handouts.languages.Bundles.english(), dose(Range.of(5), breaths(5, 10), null, Sides.BOTH, 1, null)))
                .isEqualTo("5 times \u00b7 hold 5\u201310 breaths");
    }

    @Test
    void everySentenceIsCapitalisedAndEndsWithAFullStop() {
        for (Sides sides : Sides.values()) {
            for (Dose d : java.util.List.of(
                    dose(new Range(3, 4), seconds(1, 2), null, sides, 3, Frequency.MOST_DAYS),
                    dose(null, breaths(2, 2), minutes(3), sides, 1, Frequency.DAILY),
                    dose(Range.of(1), breaths(1, 1), minutes(1), sides, 2, null))) {
                assertThat(DoseWording.sentences(org.handouts.languages.Bundles.english(), d)).isNotEmpty().allSatisfy(s -> assertThat(s)
                        .matches("[A-Z][^.]*\\.").doesNotContain("  ").doesNotContain("1 times").doesNotContain("1 seconds"));
            }
        }
    }
}
