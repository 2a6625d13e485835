package org.handouts.render;

import java.util.List;

/**
 * Layout choices that depend on how much text there is, made before rendering because CSS 2.1
 * cannot make them: how to split an exercise card's two columns, and how dense a tracker must be
 * to stay on one page. Estimates use Atkinson Hyperlegible's average character widths and were
 * calibrated against rendered pages (A4 and US letter); heights are in hundredths of a millimetre.
 */
final class Fit {

    private Fit() {
    }

    /**
     * The CSS class that splits a card's columns so both come out about the same height (a
     * balanced card is a short card): "split-45" to "split-65", the main column's share. Each
     * column's text is counted in characters, plus about 30 for each item's part-empty last line
     * and 40 for each label or box.
     */
    static String cardSplit(String start, List<String> steps, List<String> dose, List<String> tips,
                            List<String> cautions, String equipment) {
        int main = start.length() + 70 + items(steps);
        int side = 70 + items(dose)
                + (tips.isEmpty() ? 0 : 40 + items(tips))
                + (cautions.isEmpty() ? 0 : 40 + items(cautions))
                + (equipment.isEmpty() ? 0 : equipment.length() + 30);
        // Rounded to a whole per cent (half to even), as the calibration was done.
        double share = Math.rint(100.0 * main / (main + side));
        int split = share > 62 ? 65 : share > 57 ? 60 : share > 52 ? 55 : share > 47 ? 50 : 45;
        return "split-" + split;
    }

    /** The largest picture, in millimetres: two fit beside a card's name, three above its columns. */
    static final double PICTURE_WIDTH = 34;
    static final double PICTURE_HEIGHT = 21.3;

    /**
     * The CSS size of a picture of this shape (width over height): as large as fits the picture
     * box with its shape kept. A lying figure comes out wide and low, a standing one narrow and
     * tall, so a card spends no height on empty space. Set in CSS because Flying Saucer ignores
     * max-width and max-height on images, and CSS 2.1 cannot fit an image into a box by itself.
     */
    static String pictureStyle(double aspect) {
        return pictureStyle(aspect, PICTURE_WIDTH, PICTURE_HEIGHT);
    }

    /** The picture row's width on a large-print card (the narrower paper's text width, less the gaps). */
    static final double LARGE_ROW_WIDTH = 176;
    /** The tallest large-print picture: its steps must still fit the card's page. */
    static final double LARGE_PICTURE_HEIGHT = 56;

    /**
     * The size of a picture on a large-print card, which has {@code count} pictures in a row across
     * the page (one exercise a page, so they can be two to three times the standard size).
     */
    static String largePictureStyle(double aspect, int count) {
        return pictureStyle(aspect, largePictureBoxWidth(count), LARGE_PICTURE_HEIGHT);
    }

    /** The height in mm of a large-print picture of this shape, one of {@code count} in its row. */
    static double largePictureHeight(double aspect, int count) {
        double boxWidth = largePictureBoxWidth(count);
        return aspect >= boxWidth / LARGE_PICTURE_HEIGHT ? boxWidth / aspect : LARGE_PICTURE_HEIGHT;
    }

    private static double largePictureBoxWidth(int count) {
        return Math.min(LARGE_ROW_WIDTH / Math.max(count, 1) - 6, 84);
    }

    /** What a large-print card prints, to estimate its height. */
    record LargeCard(String name, String meta, String purpose, double picturesMm, String start, List<String> steps,
                     List<String> dose, List<String> tips, List<String> cautions, String equipment) {
    }

    /** A line of 18 pt text with a line height of 1.4, in mm. */
    private static final double LINE_18 = 8.9;

    /**
     * A large-print card's layout class, its content in one column: "one-page" when it fits its
     * page, else "two-pages": the name, pictures, start position, steps, dose and cautions on one
     * page, the tips on the next under the name again ("two-pages cautions-over" when the cautions
     * do not fit the first page: they head the second) (rather than a few lines spilling over
     * with nothing to say whose they are). Estimated at 18 pt on A4 or letter, erring long; the
     * first card shares its page with the heading "The exercises".
     */
    static String largeCardLayout(LargeCard c, boolean first, boolean letter) {
        double room = (letter ? 279.4 : 297) - 10 - 18 - (first ? 14 : 0) - 4;
        double width = letter ? 182 : 176;
        double top = lines(c.name(), width - 17, 26) * 11 + lines(c.meta(), width - 17, 18) * LINE_18 + 1
                + lines("What it does: " + c.purpose(), width, 18) * LINE_18 + 4
                + (c.picturesMm() > 0 ? LINE_18 + 1.5 + c.picturesMm() + 3 : 0);
        // Calibrated on the shipped cards rendered on letter: the sum runs about 7% over the page, so 5% is taken off.
        double one = top + column(c, width, true) + column(c, width, false);
        if (one <= room) return "one-page";
        // "Take care" stays on the first page, after the dose, when it surely fits there (not
        // calibrated down, so it errs towards the second page); otherwise it heads the second page,
        // under the card's name, before the tips: never a page of cautions with nothing to say whose.
        double firstPage = top + column(c, width, true) + dose(c, width) + cautions(c, width);
        return c.cautions().isEmpty() || firstPage <= room ? "two-pages" : "two-pages cautions-over";
    }

    private static double dose(LargeCard c, double width) {
        return c.dose().stream().mapToDouble(d -> lines(d, width - 10, 18) * LINE_18).sum() + 11;
    }

    private static double cautions(LargeCard c, double width) {
        if (c.cautions().isEmpty()) return 0;
        return LINE_18 + 2 + c.cautions().stream().mapToDouble(t -> lines(t, width - 14, 18) * LINE_18 + 1.5).sum();
    }

    /** The height of a card's main column (start and steps) or side column (dose, tips, cautions, equipment). */
    private static double column(LargeCard c, double width, boolean main) {
        if (main) {
            return lines("Start position: " + c.start(), width, 18) * LINE_18 + 2 + LINE_18
                    + c.steps().stream().mapToDouble(s -> lines(s, width - 9, 18) * LINE_18 + 1.5).sum();
        }
        double h = dose(c, width) + cautions(c, width);
        if (!c.tips().isEmpty()) h += LINE_18 + 2 + c.tips().stream().mapToDouble(t -> lines(t, width - 9, 18) * LINE_18 + 1.5).sum();
        if (!c.equipment().isEmpty()) h += lines(c.equipment(), width, 18) * LINE_18;
        return h;
    }

    /** Lines a text takes at {@code pt} in a column {@code widthMm} wide: about 0.46 em a character, and a part-empty last line. */
    private static int lines(String text, double widthMm, double pt) {
        double perLine = widthMm / (pt * 0.46 * 25.4 / 72);
        return Math.max(1, (int) Math.ceil(text.length() / (perLine * 0.92)));
    }

    private static String pictureStyle(double aspect, double boxWidth, double boxHeight) {
        double boxAspect = boxWidth / boxHeight;
        double width = aspect >= boxAspect ? boxWidth : boxHeight * aspect;
        double height = aspect >= boxAspect ? boxWidth / aspect : boxHeight;
        return String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm;", width, height);
    }

    private static int items(List<String> texts) {
        return texts.stream().mapToInt(t -> t.length() + 30).sum();
    }

    /** Characters per line of an exercise name and of a target, at one type size, on A4 / letter. */
    private record Measure(int nameA4, int targetA4, int nameLetter, int targetLetter, int perLine, int base, int minimum) {
        int lines(TrackerView.RowView row, boolean letter) {
            int name = letter ? nameLetter : nameA4;
            int target = letter ? targetLetter : targetA4;
            // "1. " is printed before the name; a target wraps like any text.
            return (row.name().length() + 2 + name) / name + (row.target().length() + target - 1) / target;
        }

        int height(List<TrackerView.RowView> rows, boolean letter) {
            return rows.stream().mapToInt(r -> {
                int lines = lines(r, letter);
                return minimum > 0 && lines <= 2 ? minimum : perLine * lines + base;
            }).sum();
        }
    }

    private static final Measure PT12 = new Measure(35, 38, 33, 35, 487, 166, 0);
    private static final Measure PT11 = new Measure(38, 41, 36, 38, 427, 126, 1011);
    private static final Measure PT10 = new Measure(42, 45, 39, 42, 388, 106, 991);

    /**
     * The tracker's density class, the roomiest whose rows fit the page: "roomy" and "comfy"
     * (12 pt with more air), "normal" (12 pt), "compact" (11 pt), "tight" (10 pt), "xtight" (9 pt,
     * only for extreme content such as ten 60-character names with long targets). The rows may use
     * about 128 mm on A4 and 134 mm on letter, less 5 mm in hand; a title that wraps (it shares its
     * line with the write-in fields) costs 7 mm a line, and dates under the day names 4.8 mm.
     */
    static String trackerDensity(String title, String level, String patient, String weekStarting, boolean dated,
                                 boolean letter, List<TrackerView.RowView> rows) {
        int n = rows.size();
        int titleCapacity = (letter ? 41 : 47) - (weekStarting.length() > 12 ? 8 : 0)
                - (patient.length() > 26 ? (patient.length() - 26) * 3 / 4 : 0);
        int titleLines = (title.length() + level.length() + 4 + titleCapacity - 1) / titleCapacity;
        int budget = (letter ? 12900 : 12300) - 700 * (titleLines - 1) - (dated ? 480 : 0);
        int h12 = PT12.height(rows, letter);
        if (h12 + 240 * n + 700 <= budget) return "roomy";
        if (h12 + 120 * n + 300 <= budget) return "comfy";
        if (h12 <= budget) return "normal";
        if (PT11.height(rows, letter) <= budget + 200) return "compact";
        if (PT10.height(rows, letter) <= budget + 350) return "tight";
        return "xtight";
    }

    /**
     * Large print's tracker: the exercise rows split over as few landscape pages as hold them,
     * in order, as evenly as possible (nine rows give five and four, not eight and one), the last
     * page keeping room for the pain and notes rows and the key. Heights are in millimetres at
     * 18 pt with a line height of 1.4: a row holds its name and target (wrapped to the exercise
     * column) and its tick box, or the L and R boxes one above the other.
     */
    static List<List<TrackerView.RowView>> largeTrackerPages(List<TrackerView.RowView> rows, boolean letter) {
        return largeTracker(rows, letter).pages();
    }

    /**
     * A large-print tracker's pages, and whether each page but the last ends by saying that more
     * follows ("More exercises, your pain score and notes are on the next page."): it does when
     * the line fits without adding a page, since a shorter sheet helps a patient more.
     */
    record LargeSheet(List<List<TrackerView.RowView>> pages, boolean saysMore) {
    }

    static LargeSheet largeTracker(List<TrackerView.RowView> rows, boolean letter) {
        double[] heights = rows.stream().mapToDouble(r -> largeRowHeight(r, letter)).toArray();
        Room room = letter ? LARGE_LETTER : LARGE_A4;
        for (int pages = 1; pages < rows.size(); pages++) {
            int[] best = bestSplit(heights, pages, room);
            if (best == null) continue;
            if (pages == 1) return new LargeSheet(List.of(rows), false);
            int[] saying = bestSplit(heights, pages, room.sayingMore());
            return saying != null ? new LargeSheet(split(rows, saying), true) : new LargeSheet(split(rows, best), false);
        }
        // One row a page, the last with the pain and notes rows: the most any content can need.
        int[] each = new int[Math.max(rows.size() - 1, 0)];
        for (int i = 0; i < each.length; i++) each[i] = i + 1;
        return new LargeSheet(split(rows, each), rows.size() > 1);
    }

    /**
     * Room for exercise rows on a large-print tracker page, in mm: the first page (below the band,
     * the title row and the day names), a further page (no band), and what the last page needs
     * below its rows (the pain and notes rows and the key), and what any other page needs below
     * its rows when it says that more is on the next. Measured on rendered A4 and letter landscape pages (letter
     * is 6 mm taller), less 2 mm in hand.
     */
    record Room(double first, double next, double lastExtras, double moreLine) {
        /** The line "More exercises, your pain score and notes are on the next page." at 18 pt, and its space. */
        static final double MORE_LINE = 11;

        double of(int page, boolean last) {
            return (page == 0 ? first : next) - (last ? lastExtras : moreLine);
        }

        Room sayingMore() {
            return new Room(first, next, lastExtras, MORE_LINE);
        }
    }

    static final Room LARGE_A4 = new Room(130, 144, 53, 0);
    static final Room LARGE_LETTER = new Room(136, 150, 53, 0);

    /**
     * A large-print row's height in mm: its name (after the number) and target wrapped to the
     * exercise column at 18 pt, 8.9 mm a line; or its tick box, or the L and R boxes one above the
     * other, if taller; plus padding and rule.
     */
    static double largeRowHeight(TrackerView.RowView row, boolean letter) {
        int nameChars = letter ? 31 : 36;
        int targetChars = letter ? 33 : 38;
        int lines = (row.name().length() + 4 + nameChars - 1) / nameChars + (row.target().length() + targetChars - 1) / targetChars;
        double boxes = row.perSide() ? 12 + 1.5 + 12 : 12;
        return Math.max(lines * 8.9, boxes) + 2.4;
    }

    /**
     * The page starts (indexes of each page's first row after the first page) that fit every page
     * and fill the fullest page least; null when {@code pages} pages cannot hold the rows.
     */
    private static int[] bestSplit(double[] heights, int pages, Room room) {
        int[] best = null;
        double bestFill = Double.MAX_VALUE;
        int[] starts = new int[pages - 1];
        for (int i = 0; i < starts.length; i++) starts[i] = i + 1;
        while (true) {
            double fill = fullest(heights, starts, room);
            if (fill <= 1 && fill < bestFill) {
                bestFill = fill;
                best = starts.clone();
            }
            // Next combination of page starts, in increasing order.
            int k = starts.length - 1;
            while (k >= 0 && starts[k] == heights.length - (starts.length - k)) k--;
            if (k < 0) return best;
            starts[k]++;
            for (int j = k + 1; j < starts.length; j++) starts[j] = starts[j - 1] + 1;
        }
    }

    /** The fullest page's share of its room, given the page starts. */
    private static double fullest(double[] heights, int[] starts, Room room) {
        double worst = 0;
        for (int p = 0; p <= starts.length; p++) {
            int from = p == 0 ? 0 : starts[p - 1];
            int to = p == starts.length ? heights.length : starts[p];
            double used = 0;
            for (int i = from; i < to; i++) used += heights[i];
            worst = Math.max(worst, used / room.of(p, p == starts.length));
        }
        return worst;
    }

    private static List<List<TrackerView.RowView>> split(List<TrackerView.RowView> rows, int[] starts) {
        List<List<TrackerView.RowView>> pages = new java.util.ArrayList<>();
        int from = 0;
        for (int start : starts) {
            pages.add(rows.subList(from, start));
            from = start;
        }
        pages.add(rows.subList(from, rows.size()));
        return pages;
    }
}
