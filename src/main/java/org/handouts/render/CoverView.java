package org.handouts.render;

import java.util.List;

/**
 * The cover of a patient's pack: who it is for, the plan week by week, the clinician's notes and
 * an optional link (printed as a QR code with the address beneath it).
 *
 * @param link an https address, or ""
 */
public record CoverView(DocumentView document, BrandView brand, String patient, String reference, String clinician,
                        String start, String review, String length, List<StageRow> stages, List<String> notes,
                        String link) {

    /** One row of the plan: "Weeks 1 to 2 | 30 Nov to 13 Dec 2026 | Gentle start (Beginner) | changes". */
    public record StageRow(String weeks, String dates, String routine, String level, List<String> changes) {
    }
}
