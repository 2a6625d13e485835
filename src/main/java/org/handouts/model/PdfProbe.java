package org.handouts.model;

import java.util.List;
import java.util.Optional;

/**
 * Reads what a PDF file holds, so the content stage can check a clinic's own PDF pictures without
 * a PDF library of its own (the PDF stage implements it).
 */
@FunctionalInterface
public interface PdfProbe {

    /** What the PDF holds, or empty when it cannot be read as a PDF. */
    Optional<Facts> inspect(byte[] pdf);

    /**
     * @param pages     how many pages it has
     * @param encrypted whether it is encrypted (with or without a password to open it)
     * @param width     the first page's width in points (media box, as the page is imported)
     * @param height    its height in points
     * @param rotation  the first page's /Rotate, in degrees
     * @param archiveProblems what in the first page would break PDF/A-2b once it is imported into a
     *                  handout (a font not embedded, CMYK colours...), each in a few words; empty
     *                  when nothing does or when the probe does not look
     * @param drawable  false when the first page cannot be drawn into pixels (for the web page)
     */
    record Facts(int pages, boolean encrypted, double width, double height, int rotation, List<String> archiveProblems,
                 boolean drawable) {
        public Facts {
            archiveProblems = List.copyOf(archiveProblems);
        }

        /** Facts about a file the probe did not check for PDF/A. */
        public Facts(int pages, boolean encrypted, double width, double height, int rotation) {
            this(pages, encrypted, width, height, rotation, List.of(), true);
        }

        /** These facts with what a further look at the page found. */
        public Facts with(List<String> archiveProblems, boolean drawable) {
            return new Facts(pages, encrypted, width, height, rotation, archiveProblems, drawable);
        }
    }
}
