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

    /**
     * One exercise card; {@code split} is the CSS class balancing its two columns. {@code pictures}
     * is empty for an exercise with neither a drawn figure nor the clinic's own pictures.
     */
    public record CardView(int number, String id, String name, String aliases, String position, String category,
                           String purpose, String start, List<String> steps, List<String> dose, List<String> tips,
                           List<String> cautions, String equipment, String split, List<PictureView> pictures) {
    }

    /**
     * One picture of a card: its caption ("Start", "End"), the image address (a drawn figure's
     * {@code figure:<exercise>/<stage>} or the clinic's own file), the alt text, and a CSS
     * {@code style} that sizes the picture to keep its shape inside the picture box (empty: the
     * stylesheet's box).
     */
    public record PictureView(String label, String src, String alt, String style) {
    }
}
