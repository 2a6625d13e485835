package org.handouts.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FitTest {
    private static final List<String> DENSITIES = List.of("roomy", "comfy", "normal", "compact", "tight", "xtight");

    @Test
    void cardWithLongStepsGivesTheMainColumnMoreRoom() {
        String longText = "word ".repeat(60);
        assertThat(Fit.cardSplit(longText, List.of(longText, longText), List.of("Repeat 5 times."), List.of(), List.of(), ""))
                .isEqualTo("split-65");
        assertThat(Fit.cardSplit("Lie down.", List.of("Breathe."), List.of("Repeat 5 times.", longText),
                List.of(longText, longText), List.of(longText), "You need a mat."))
                .isEqualTo("split-45");
    }

    @Test
    void balancedCardSplitsInTheMiddle() {
        // main: 200 + 70; side: 70 + (170 + 30). Equal, so half each.
        assertThat(Fit.cardSplit("x".repeat(200), List.of(), List.of("y".repeat(170)), List.of(), List.of(), ""))
                .isEqualTo("split-50");
    }

    @Test
    void fewShortRowsGetARoomySheet() {
        assertThat(density(rows(5, "Knee rolls", "8–10 times"), false, false)).isEqualTo("roomy");
    }

    @Test
    void tenRowsOfLongestNamesAndTargetsAreSetTighter() {
        String name = "n".repeat(60);
        String target = "8–10 times each side · hold 5–10 sec · 2 min · 3 rounds";
        assertThat(DENSITIES.indexOf(density(rows(10, name, target), false, false)))
                .isGreaterThanOrEqualTo(DENSITIES.indexOf("compact"));
    }

    @Test
    void moreTextNeverGivesARoomierSheet() {
        int[] lengths = {10, 30, 45, 60};
        for (int n = 1; n <= 10; n++) {
            for (int i = 0; i < lengths.length; i++) {
                int here = rank(n, lengths[i]);
                if (n > 1) assertThat(here).as(n + " rows of " + lengths[i] + " vs one row fewer").isGreaterThanOrEqualTo(rank(n - 1, lengths[i]));
                if (i > 0) assertThat(here).as(n + " rows of " + lengths[i] + " vs shorter names").isGreaterThanOrEqualTo(rank(n, lengths[i - 1]));
            }
        }
    }

    private static int rank(int rows, int nameLength) {
        return DENSITIES.indexOf(density(rows(rows, "n".repeat(nameLength), "8–10 times, alternating · hold 1 breath"), false, false));
    }

    @Test
    void datesUnderTheDaysAndLetterPaperLeaveLessRoom() {
        List<TrackerView.RowView> nine = rows(9, "Deep abdominal strengthening", "5 times · hold 5–10 breaths");
        assertThat(DENSITIES.indexOf(density(nine, true, false))).isGreaterThanOrEqualTo(DENSITIES.indexOf(density(nine, false, false)));
    }

    private static String density(List<TrackerView.RowView> rows, boolean dated, boolean letter) {
        return Fit.trackerDensity("Lower back exercises", "Standard", dated ? "Jane Example" : "",
                dated ? "30 Nov 2026" : "", dated, letter, rows);
    }

    private static List<TrackerView.RowView> rows(int n, String name, String target) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new TrackerView.RowView(i, name, target, false)).toList();
    }


    private static List<TrackerView.RowView> largeRows(int n, boolean perSide) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new TrackerView.RowView(i, "Knee rolls", "8–10 times", perSide)).toList();
    }

    @Test
    void aFewLargePrintRowsStayOnOnePage() {
        assertThat(Fit.largeTrackerPages(largeRows(3, false), false)).hasSize(1);
    }

    @Test
    void largePrintRowsAreSplitEvenlyInOrder() {
        List<List<TrackerView.RowView>> pages = Fit.largeTrackerPages(largeRows(9, false), false);
        assertThat(pages).hasSize(2);
        // Five and four (the last page also holds the pain and notes rows), never eight and one.
        assertThat(pages.get(0)).hasSize(5);
        assertThat(pages.stream().flatMap(List::stream).map(TrackerView.RowView::number).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void tenOneSidedExercisesWithLongNamesTakeMorePagesButEachFits() {
        String name = "n".repeat(60);
        List<TrackerView.RowView> rows = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new TrackerView.RowView(i, name, "8–10 times each side · hold 5–10 sec", true)).toList();
        for (boolean letter : List.of(false, true)) {
            List<List<TrackerView.RowView>> pages = Fit.largeTrackerPages(rows, letter);
            assertThat(pages).hasSizeBetween(3, 5);
            Fit.Room room = letter ? Fit.LARGE_LETTER : Fit.LARGE_A4;
            for (int p = 0; p < pages.size(); p++) {
                double used = pages.get(p).stream().mapToDouble(r -> Fit.largeRowHeight(r, letter)).sum();
                assertThat(used).isLessThanOrEqualTo(room.of(p, p == pages.size() - 1));
            }
        }
    }
}
