package org.handouts.render;

import java.util.List;

/**
 * Everything the weekly tracking sheet shows.
 *
 * @param patient      pre-printed name, or "" for a line to write on
 * @param weekStarting pre-printed date of the Monday, or ""
 * @param dates        a short date under each day ("30 Nov"), or "" each on the general sheet
 * @param sheetLabel   "Week 2 of 4" in a pack, or ""
 * @param density      CSS class: how tightly the rows are set so the sheet stays on one page
 * @param pages        the rows of each printed page: all on one in standard print; in large print
 *                     split over as few pages as hold them (render/Fit), each page repeating the
 *                     header, the last one adding the pain and notes rows
 */
public record TrackerView(DocumentView document, BrandView brand, String title, String level,
                          List<RowView> rows, List<String> days, String key, String patient, String weekStarting,
                          List<String> dates, String sheetLabel, String density, List<List<RowView>> pages) {

    public TrackerView {
        rows = List.copyOf(rows);
        pages = pages.stream().map(List::copyOf).toList();
        if (pages.stream().mapToInt(List::size).sum() != rows.size()) throw new IllegalArgumentException("pages must hold every row once");
    }

    /** One exercise row: a box per day, or two (L and R) when it is done per side. */
    public record RowView(int number, String name, String target, boolean perSide) {
    }
}
