package org.handouts.render;

import java.util.List;

/**
 * Everything the handout template shows, already worded. Templates read these records with
 * accessor calls such as {@code ${handout.title()}}. {@code programme} places a pack's handout in
 * the patient's programme ("Weeks 1 and 2 of 6 (stage 1 of 3)"), or is "" on the general handout;
 * it carries no personal data, so packs with the same programme share the rendered handout.
 */
public record HandoutView(DocumentView document, BrandView brand, String title, String level, String forWhom,
                          String howOften, AdviceView stopIf, AdviceView warmUp, List<CardView> cards,
                          AdviceView coolDown, List<AdviceView> advice, List<String> movingUp, String nextTitle,
                          List<String> sources, String programme) {

    /** One exercise card; {@code split} is the CSS class balancing its two columns. */
    public record CardView(int number, String id, String name, String aliases, String position, String category,
                           String purpose, String start, List<String> steps, List<String> dose, List<String> tips,
                           List<String> cautions, String equipment, String split) {
    }
}
