package org.handouts.images;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a JPEG file's markers say before its image data, for what a handout cannot print as the
 * clinic sees it elsewhere: a frame of four components holds ink amounts for a printing press
 * (CMYK, or YCCK when Adobe's marker says they were transformed; ITU-T T.872), which a PDF/A file
 * whose output intent is sRGB cannot hold; and an EXIF orientation other than 1 turns or mirrors
 * the picture in browsers and photo viewers, while a PDF shows the pixels as stored.
 *
 * @param components    colour components of the frame: 1 grey, 3 YCbCr or RGB, 4 CMYK or YCCK
 * @param adobeTransform Adobe's APP14 colour transform (0 none, 1 YCbCr, 2 YCCK); -1 without the marker
 * @param orientation   the EXIF orientation (1 as stored, 2 to 8 turned or mirrored); 1 without EXIF
 */
record JpegMarkers(int components, int adobeTransform, int orientation) {
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int ORIENTATION_TAG = 0x0112;

    /** The markers of {@code file}; empty for a file that is no JPEG, or whose header is cut short. */
    static Optional<JpegMarkers> read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) return Optional.empty();
            int components = 0;
            int transform = -1;
            int orientation = 1;
            while (true) {
                int marker = nextMarker(in);
                if (marker == 0xDA || marker == 0xD9) break; // start of scan, end of image: the header is over
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue; // markers without a segment
                int length = in.readUnsignedShort() - 2;
                if (length < 0) return Optional.empty();
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (frame || marker == 0xEE || marker == 0xE1) {
                    byte[] segment = in.readNBytes(length);
                    if (segment.length < length) return Optional.empty();
                    if (frame && length >= 6) components = segment[5] & 0xFF;
                    if (marker == 0xEE && length >= 12 && startsWith(segment, ADOBE)) transform = segment[11] & 0xFF;
                    if (marker == 0xE1 && startsWith(segment, EXIF)) orientation = orientation(segment, EXIF.length);
                } else {
                    in.skipNBytes(length);
                }
            }
            return Optional.of(new JpegMarkers(components, transform, orientation));
        } catch (EOFException e) {
            return Optional.empty(); // cut short: the image reader says it is damaged
        }
    }

    /** "CMYK" or "YCCK" for a four-component JPEG; empty for grey, YCbCr or RGB. */
    Optional<String> findPressColours() {
        if (components != 4) return Optional.empty();
        return Optional.of(adobeTransform == 2 ? "YCCK" : "CMYK");
    }

    /** The orientation tag of the first image directory of the TIFF structure at {@code tiff}; 1 when absent or unreadable. */
    private static int orientation(byte[] segment, int tiff) {
        if (segment.length < tiff + 8) return 1;
        ByteBuffer b = ByteBuffer.wrap(segment);
        if (segment[tiff] == 'I' && segment[tiff + 1] == 'I') b.order(ByteOrder.LITTLE_ENDIAN);
        else if (segment[tiff] != 'M' || segment[tiff + 1] != 'M') return 1;
        long ifd = tiff + Integer.toUnsignedLong(b.getInt(tiff + 4));
        if (ifd + 2 > segment.length) return 1;
        int entries = b.getShort((int) ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            long at = ifd + 2 + 12L * i;
            if (at + 12 > segment.length) return 1;
            if ((b.getShort((int) at) & 0xFFFF) == ORIENTATION_TAG) return b.getShort((int) at + 8) & 0xFFFF;
        }
        return 1;
    }

    private static boolean startsWith(byte[] segment, byte[] prefix) {
        return segment.length >= prefix.length && Arrays.equals(segment, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The next marker code, past any fill bytes (0xFF) before it. */
    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        while (b != 0xFF) b = in.readUnsignedByte(); // not at a marker: a damaged header; look for the next one
        while (b == 0xFF) b = in.readUnsignedByte();
        return b;
    }
}
