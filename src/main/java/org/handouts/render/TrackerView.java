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
 */
public record TrackerView(DocumentView document, BrandView brand, String title, String level,
                          List<RowView> rows, List<String> days, String key, String patient, String weekStarting,
                          List<String> dates, String sheetLabel, String density) {

    /** One exercise row: a box per day, or two (L and R) when it is done per side. */
    public record RowView(int number, String name, String target, boolean perSide) {
    }
}
