package org.handouts.render;

import java.util.List;

/**
 * Everything the handout template shows, already worded. Templates read these records with
 * accessor calls such as {@code ${handout.title()}}.
 */
public record HandoutView(DocumentView document, BrandView brand, String title, String level, String forWhom,
                          String howOften, AdviceView stopIf, AdviceView warmUp, List<CardView> cards,
                          AdviceView coolDown, List<AdviceView> advice, List<String> movingUp, String nextTitle,
                          List<String> sources, PatientView patient) {

    /**
     * Who a personalised handout is for; {@code null} on the general handout (templates test
     * {@code h.patient() != null}).
     */
    public record PatientView(String name, String clinician, String start, int weeks, List<String> notes) {
    }

    /** One exercise card; {@code split} is the CSS class balancing its two columns. */
    public record CardView(int number, String id, String name, String aliases, String position, String category,
                           String purpose, String start, List<String> steps, List<String> dose, List<String> tips,
                           List<String> cautions, String equipment, String split) {
    }
}
