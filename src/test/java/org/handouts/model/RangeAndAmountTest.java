package org.handouts.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RangeAndAmountTest {

    @Test
    void rangeSaysARangeWithTo() {
        assertThat(new Range(8, 10).words()).isEqualTo("8 to 10");
    }

    @Test
    void rangeSaysASingleNumberAlone() {
        assertThat(Range.of(8).words()).isEqualTo("8");
        assertThat(new Range(8, 8).words()).isEqualTo("8");
    }

    @Test
    void compactRangeUsesAnEnDash() {
        assertThat(new Range(8, 10).compact()).isEqualTo("8\u201310");
        assertThat(Range.of(5).compact()).isEqualTo("5");
    }

    @Test
    void rejectsBackwardsRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Range(10, 8));
    }

    @Test
    void rejectsNegativeRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Range(-1, 2));
    }

    @Test
    void onlyAnUpperEndOfOneCountsAsOne() {
        assertThat(Range.of(1).isOne()).isTrue();
        assertThat(new Range(1, 2).isOne()).isFalse();
        assertThat(Range.of(2).isOne()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> \"{3}\"")
    @CsvSource({
            "1, 1, BREATHS, 1 breath",
            "5, 10, BREATHS, 5 to 10 breaths",
            "2, 2, BREATHS, 2 breaths",
            "5, 10, SECONDS, 5 to 10 seconds",
            "1, 1, SECONDS, 1 second",
            "30, 30, SECONDS, 30 seconds",
            "1, 1, MINUTES, 1 minute",
            "2, 2, MINUTES, 2 minutes",
            "1, 2, MINUTES, 1 to 2 minutes",
    })
    void amountSaysItsUnitInSingularOnlyForOne(int min, int max, Amount.Unit unit, String expected) {
        assertThat(new Amount(new Range(min, max), unit).words()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> \"{3}\"")
    @CsvSource({
            "5, 10, SECONDS, 5\u201310 sec",
            "2, 2, MINUTES, 2 min",
            "1, 1, BREATHS, 1 breath",
            "5, 10, BREATHS, 5\u201310 breaths",
    })
    void compactAmountAbbreviatesTheUnit(int min, int max, Amount.Unit unit, String expected) {
        assertThat(new Amount(new Range(min, max), unit).compact()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} s")
    @CsvSource({
            "5, 10, SECONDS, 10",
            "2, 2, MINUTES, 120",
            "1, 3, BREATHS, 15",
    })
    void maxSecondsUsesTheUpperEnd(int min, int max, Amount.Unit unit, int expected) {
        assertThat(new Amount(new Range(min, max), unit).maxSeconds()).isEqualTo(expected);
    }

    @Property
    void wordsNameBothEndsOfEveryRange(@ForAll @IntRange(min = 0, max = 1000) int min,
                                       @ForAll @IntRange(min = 0, max = 1000) int extra) {
        Range r = new Range(min, min + extra);
        if (extra == 0) {
            assertThat(r.words()).isEqualTo(Integer.toString(min));
        } else {
            assertThat(r.words()).isEqualTo(min + " to " + (min + extra));
            assertThat(r.compact()).isEqualTo(min + "\u2013" + (min + extra));
        }
    }
}
