package org.handouts.images;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The colours a JPEG file is coded in, read from its markers before the image data: a frame of
 * four components holds ink amounts for a printing press, CMYK, or YCCK when Adobe's marker says
 * they were transformed (ITU-T T.872; Adobe Technical Note 5116). Such an image cannot go into a
 * PDF/A file whose output intent is sRGB, and ImageIO cannot decode it.
 */
final class JpegColours {
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);

    private JpegColours() {
    }

    /** "CMYK" or "YCCK" for a four-component JPEG; empty for grey, YCbCr or RGB, and for a file that is no JPEG. */
    static Optional<String> findPressColours(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) return Optional.empty();
            int components = 0;
            int transform = -1;
            while (true) {
                int marker = nextMarker(in);
                if (marker == 0xDA || marker == 0xD9) break; // start of scan, end of image: the header is over
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue; // markers without a segment
                int length = in.readUnsignedShort() - 2;
                if (length < 0) return Optional.empty();
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (frame || (marker == 0xEE && length >= 12)) {
                    byte[] segment = in.readNBytes(length);
                    if (segment.length < length) return Optional.empty();
                    if (frame && length >= 6) components = segment[5] & 0xFF;
                    if (!frame && Arrays.equals(segment, 0, ADOBE.length, ADOBE, 0, ADOBE.length)) transform = segment[11] & 0xFF;
                } else {
                    in.skipNBytes(length);
                }
            }
            if (components != 4) return Optional.empty();
            return Optional.of(transform == 2 ? "YCCK" : "CMYK");
        } catch (EOFException e) {
            return Optional.empty(); // cut short: the image reader says it is damaged
        }
    }

    /** The next marker code, past any fill bytes (0xFF) before it. */
    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        while (b != 0xFF) b = in.readUnsignedByte(); // not at a marker: a damaged header; look for the next one
        while (b == 0xFF) b = in.readUnsignedByte();
        return b;
    }
}
