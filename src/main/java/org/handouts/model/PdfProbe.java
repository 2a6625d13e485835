package org.handouts.model;

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
     */
    record Facts(int pages, boolean encrypted, double width, double height, int rotation) {
    }
}
