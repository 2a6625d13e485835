package org.handouts.render;

import java.util.List;

/** Everything the weekly tracking sheet shows. */
public record TrackerView(DocumentView document, BrandView brand, String title, String level,
                          List<RowView> rows, List<String> days, String key) {

    /** One exercise row: a box per day, or two (L and R) when it is done per side. */
    public record RowView(int number, String name, String target, boolean perSide) {
    }
}
