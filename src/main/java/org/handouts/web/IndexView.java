package org.handouts.web;

import org.handouts.model.DocumentKind;
import org.handouts.model.PaperSize;

import java.util.List;

/**
 * What a brand's index page shows: its title, its heading ("Exercises for lower back pain" when
 * every routine has that topic), its language and one entry per routine.
 */
public record IndexView(String title, String heading, String language, List<Entry> routines) {

    public IndexView {
        routines = List.copyOf(routines);
    }

    /** One routine: the facts from its handout, its page and its PDFs (links relative to the brand folder). */
    public record Entry(String title, String level, String forWhom, String howOften, String page, List<Link> pdfs) {
        public Entry {
            pdfs = List.copyOf(pdfs);
        }
    }

    /** A link: what it says and where it goes. */
    public record Link(String label, String href) {
    }

    /**
     * "Handout to print (PDF)", "Large-print handout (PDF)", with the paper size when a build makes
     * more than one.
     */
    static String pdfLabel(DocumentKind kind, PaperSize paper, boolean namePaper, org.handouts.model.Variant variant) {
        boolean large = variant == org.handouts.model.Variant.LARGE;
        String what = switch (kind) {
            case HANDOUT -> large ? "Large-print handout" : "Handout to print";
            case TRACKER -> large ? "Large-print weekly tracking sheet" : "Weekly tracking sheet";
            case BOOKLET -> "Booklet to print and fold";
        };
        return what + " (PDF" + (namePaper ? ", " + paper.cssName() : "") + ")";
    }
}
