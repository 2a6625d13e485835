package org.handouts.images;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * How much memory one image may cost once decoded, and the check that an image file keeps to it.
 * The size is read from the file's header with an ImageIO reader before any pixel is decoded, so
 * a small file that claims a huge image (a "decompression bomb") costs nothing; only an image
 * within the budget is then decoded, to catch damaged files before a build starts.
 *
 * <pre>{@code
 * ImageBudget.PICTURE.findProblem(file).ifPresent(p -> problems.add(... p.message() ... p.hint() ...));
 * }</pre>
 */
public final class ImageBudget {
    /**
     * One picture in a handout: 16 MiB decoded, such as 2048 × 2048 RGBA at 8 bits. A picture is
     * printed a few centimetres wide, where 1200 pixels are already 300 dpi; the renderer keeps
     * a decoded copy and the PDF writer a compressed one, so this keeps a build well inside the
     * launcher's heap.
     */
    public static final ImageBudget PICTURE = new ImageBudget(16L * 1024 * 1024);

    private final long maxDecodedBytes;

    public ImageBudget(long maxDecodedBytes) {
        if (maxDecodedBytes < 1) throw new IllegalArgumentException("budget must be positive");
        this.maxDecodedBytes = maxDecodedBytes;
    }

    public long maxDecodedBytes() {
        return maxDecodedBytes;
    }

    /** What is wrong with an image file, said for its author: the message and a hint to fix it. */
    public record Problem(String message, String hint) {
    }

    /**
     * Why {@code image} cannot be used, if it cannot: not an image a reader knows, a CMYK or YCCK
     * JPEG or one stored turned (see {@link JpegMarkers}), larger decoded than the budget, or damaged. Decodes the pixels only when the header is within the budget.
     * Messages start with a verb ("is ...", "cannot ..."), so callers can put the file name first.
     */
    public Optional<Problem> findProblem(Path image) {
        try {
            Optional<JpegMarkers> jpeg = JpegMarkers.read(image);
            Optional<String> press = jpeg.flatMap(JpegMarkers::findPressColours);
            if (press.isPresent()) {
                return Optional.of(new Problem("is a " + press.get() + " JPEG, in printing-press colours that an archival "
                        + "(PDF/A) handout in sRGB cannot hold", "export it as an sRGB JPEG or as PNG"));
            }
            if (jpeg.isPresent() && jpeg.get().orientation() != 1) {
                return Optional.of(new Problem("is stored turned or mirrored, with an EXIF orientation (" + jpeg.get().orientation()
                        + ") that a PDF ignores: the handout would print it on its side or upside down",
                        "turn it upright in a picture editor and export it again, or as PNG"));
            }
        } catch (IOException e) {
            return Optional.of(damaged());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Optional<ImageReader> found = in == null ? Optional.empty() : firstReader(ImageIO.getImageReaders(in));
            if (found.isEmpty()) return Optional.of(new Problem("cannot be read as an image", "save it as PNG or JPEG"));
            ImageReader reader = found.get();
            try {
                reader.setInput(in, true, true);
                ImageHeader header = header(reader);
                Optional<Problem> tooLarge = findTooLarge(header);
                if (tooLarge.isPresent()) return tooLarge;
                reader.read(0);
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            requireNotOutOfMemory(e);
            return Optional.of(damaged());
        }
    }

    /** The header of {@code image}, read without decoding it; empty when no reader knows the file. */
    public static Optional<ImageHeader> findHeader(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Optional<ImageReader> found = in == null ? Optional.empty() : firstReader(ImageIO.getImageReaders(in));
            if (found.isEmpty()) return Optional.empty();
            ImageReader reader = found.get();
            try {
                reader.setInput(in, true, true);
                return Optional.of(header(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether an image of this header fits the budget; a message and a hint when it does not. */
    public Optional<Problem> findTooLarge(ImageHeader header) {
        long bytes = header.decodedBytes();
        if (bytes <= maxDecodedBytes) return Optional.empty();
        return Optional.of(new Problem("is " + header.describe() + ", which needs " + ImageHeader.mebibytes(bytes)
                + " of memory to draw, more than the " + ImageHeader.mebibytes(maxDecodedBytes) + " allowed for one image",
                "export it at " + fittingSize(header) + " pixels or smaller, 8-bit"));
    }

    /** The largest width × height of the same shape that fits the budget at 8 bits per sample. */
    private String fittingSize(ImageHeader header) {
        double pixels = (double) maxDecodedBytes / header.bands();
        double scale = Math.sqrt(pixels / ((double) header.width() * header.height()));
        long w = Math.max(1, (long) Math.floor(header.width() * scale));
        long h = Math.max(1, (long) Math.floor(header.height() * scale));
        return w + " x " + h;
    }

    private static ImageHeader header(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (types == null || !types.hasNext()) throw new IIOException("no image type");
        ImageTypeSpecifier type = types.next();
        int bands = type.getNumBands();
        int bits = 0;
        for (int b = 0; b < bands; b++) bits = Math.max(bits, type.getBitsPerBand(b));
        return new ImageHeader(reader.getFormatName(), width, height, bands, bits);
    }

    private static Optional<ImageReader> firstReader(Iterator<ImageReader> readers) {
        return readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
    }

    /** A reader may wrap running out of memory in an exception; that is no damaged file. */
    private static void requireNotOutOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) throw oom;
        }
    }

    private static Problem damaged() {
        return new Problem("cannot be read as an image; the file may be damaged", "export it again as PNG or JPEG");
    }
}
