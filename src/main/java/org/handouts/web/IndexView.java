package org.handouts.web;

import org.handouts.languages.Messages;
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
    static String pdfLabel(Messages m, DocumentKind kind, PaperSize paper, boolean namePaper, org.handouts.model.Variant variant) {
        boolean large = variant == org.handouts.model.Variant.LARGE && kind != DocumentKind.BOOKLET;
        String what = m.text("index." + (large ? "large" + Character.toUpperCase(kind.key().charAt(0)) + kind.key().substring(1) : kind.key()));
        return namePaper ? m.format("index.pdfPaper", "what", what, "paper", paper.cssName()) : m.format("index.pdf", "what", what);
    }
}
