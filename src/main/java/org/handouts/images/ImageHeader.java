package org.handouts.images;

import java.util.Locale;

/**
 * What an image file says about itself in its header: enough to know what decoding it costs
 * without decoding it.
 *
 * @param format        the reader's format name, such as "png" or "jpeg"
 * @param bands         colour channels per pixel, alpha included (1 grey, 3 RGB, 4 RGBA)
 * @param bitsPerSample bits per channel (1 to 16)
 */
public record ImageHeader(String format, long width, long height, int bands, int bitsPerSample) {

    public ImageHeader {
        if (width < 1 || height < 1 || bands < 1 || bitsPerSample < 1) {
            throw new IllegalArgumentException("not an image size: " + width + " x " + height + ", " + bands
                    + " bands of " + bitsPerSample + " bits");
        }
    }

    /**
     * Bytes the decoded pixels take: width × height × bands × bytes per sample. A sample below 8
     * bits still counts as a byte, since decoders and PDF writers commonly unpack it.
     */
    public long decodedBytes() {
        long bytesPerSample = (bitsPerSample + 7) / 8;
        return saturatingMultiply(saturatingMultiply(width, height), bands * bytesPerSample);
    }

    /** "4000 x 4000 pixels of 16-bit RGBA". */
    public String describe() {
        return width + " x " + height + " pixels of " + bitsPerSample + "-bit " + channels();
    }

    private String channels() {
        return switch (bands) {
            case 1 -> "grey";
            case 2 -> "grey + alpha";
            case 3 -> "RGB";
            case 4 -> "RGBA";
            default -> bands + "-channel";
        };
    }

    static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }

    /** "122 MiB", "512 KiB": sizes in messages. */
    static String mebibytes(long bytes) {
        if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KiB";
        return String.format(Locale.ROOT, "%d MiB", Math.round(bytes / (1024.0 * 1024.0)));
    }
}
