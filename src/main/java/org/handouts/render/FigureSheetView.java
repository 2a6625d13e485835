package org.handouts.render;

import org.handouts.figures.Figure;
import org.handouts.figures.Stage;
import org.handouts.model.Brand;
import org.handouts.model.Exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * What templates/figures.xhtml shows: the contact sheet of exercise figures, one row per exercise
 * with its pictures side by side, for a clinician to review.
 *
 * @param title    the document title
 * @param note     a line under the title (what the sheet is; how it was ordered)
 * @param primary  the brand's primary colour as {@code #rrggbb}
 * @param rows     the exercises, in order
 */
public record FigureSheetView(String title, String note, String primary, List<Row> rows) {
    public FigureSheetView {
        rows = List.copyOf(rows);
    }

    /** One exercise: its label (name or number) and its pictures; none when it has no figure yet. */
    public record Row(String label, String detail, List<Picture> pictures) {
        public Row {
            pictures = List.copyOf(pictures);
        }
    }

    /** One picture: the {@code figure:} URI the PDF renderer draws, its caption and alt text. */
    public record Picture(String uri, String caption, String alt) {
    }

    /**
     * The sheet for {@code exercises} in the given order. With {@code names} false the rows are
     * numbered instead (for a blind test: match the pictures to a shuffled list of names).
     */
    public static FigureSheetView of(List<Exercise> exercises, boolean names, Brand brand) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            List<Picture> pictures = new ArrayList<>();
            for (Stage stage : e.figure().map(Figure::stages).orElse(List.of())) {
                String alt = names ? e.name() + ": " + stage.label().toLowerCase(java.util.Locale.ROOT) + " position"
                        : "Figure " + (i + 1) + ": " + stage.label().toLowerCase(java.util.Locale.ROOT) + " position";
                pictures.add(new Picture("figure:" + e.id() + "/" + stage.key(), stage.label(), alt));
            }
            rows.add(names ? new Row(e.name(), e.id() + " \u00b7 " + e.positions().get(0).label(), pictures)
                    : new Row("Figure " + (i + 1), "", pictures));
        }
        String note = names ? "Each exercise's pictures from start to end, as the handouts will show them."
                : "Which exercise is each figure? Write its name beside the number.";
        return new FigureSheetView("Exercise figures", note, brand.primary().hex(), rows);
    }
}
