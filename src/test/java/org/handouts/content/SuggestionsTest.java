package org.handouts.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {
    private static final List<String> DOSE = List.of("reps", "hold", "time", "sides", "sets", "how_often");

    @ParameterizedTest
    @CsvSource({
            "reps, reps, 0",
            "rpes, reps, 1",      // a swap of two letters counts once
            "rep, reps, 1",
            "repss, reps, 1",
            "reqs, reps, 1",
            "'', abc, 3",
            "kitten, sitting, 3",
            "ca, abc, 3",         // optimal string alignment: no edits after a swap
            "lying-on-bak, lying-on-back, 1",
    })
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
        assertThat(Suggestions.distance(b, a)).as("symmetric").isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "rpes, reps",
            "Reps, reps",          // case does not matter
            "hwo_often, how_often",
            "howoften, how_often",
            "side, sides",
    })
    void closestFindsTheIntendedField(String typed, String expected) {
        assertThat(Suggestions.findClosest(typed, DOSE)).contains(expected);
    }

    @Test
    void nothingIsSuggestedWhenNothingIsClose() {
        assertThat(Suggestions.findClosest("speed", DOSE)).isEmpty();
        assertThat(Suggestions.findClosest("x".repeat(10_000), DOSE)).isEmpty();
        assertThat(Suggestions.findClosest("reps", List.of())).isEmpty();
    }

    @Test
    void longerWordsMayBeFurtherOff() {
        // allowed distance: at least 2, or a third of the typed length
        assertThat(Suggestions.findClosest("stop-and-get-advise-now", List.of("stop-and-get-advice"))).isPresent();
        assertThat(Suggestions.findClosest("abc", List.of("xyz"))).isEmpty();
        assertThat(Suggestions.findClosest("ab", List.of("xy"))).contains("xy");
    }

    @Test
    void theFirstOfEquallyCloseCandidatesWins() {
        assertThat(Suggestions.findClosest("set", List.of("sets", "seat"))).contains("sets");
        assertThat(Suggestions.findClosest("set", List.of("seat", "sets"))).contains("seat");
    }

    @Test
    void hintSuggestsOrListsTheChoices() {
        assertThat(Suggestions.hint("rpes", DOSE)).isEqualTo("did you mean 'reps'?");
        assertThat(Suggestions.hint("speed", DOSE)).isEqualTo("expected one of: reps, hold, time, sides, sets, how_often");
        List<String> many = java.util.stream.IntStream.range(0, 26).mapToObj(i -> "choice-" + (char) ('a' + i)).toList();
        assertThat(Suggestions.hint("zzzzzzzzzzzz", many)).as("too many to list").isEmpty();
    }
}
