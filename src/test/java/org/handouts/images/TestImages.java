package org.handouts.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** PNG files made byte by byte, so tests can state any size and depth without decoding pixels. */
public final class TestImages {
    private TestImages() {
    }

    /**
     * A PNG of the given size, bit depth (8 or 16) and colour type (0 grey, 2 RGB, 6 RGBA): with
     * {@code pixels}, real stripes that decode; without, a header and a few stray bytes of data.
     */
    public static byte[] png(int width, int height, int bitDepth, int colourType, boolean pixels) {
        int channels = switch (colourType) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> throw new IllegalArgumentException("colour type " + colourType);
        };
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                    .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
                byte[] row = new byte[1 + width * channels * bitDepth / 8];
                for (int y = 0; y < (pixels ? height : 1); y++) {
                    java.util.Arrays.fill(row, 1, row.length, (byte) (y * 37));
                    z.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
