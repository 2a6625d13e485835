package org.handouts.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The class: an image is refused by what its pixels cost in memory, read from the header alone. */
class ImageBudgetTest {

    @Test
    void imageDecodedLargerThanTheBudgetIsRefusedFromItsHeaderAlone(@TempDir Path dir) throws IOException {
        // 4000 x 4000 RGBA at 16 bits: 122 MiB decoded, in a file of a few hundred bytes whose pixel
        // data is missing. Decoding it would fail (or exhaust the heap); the header decides first.
        Path png = Files.write(dir.resolve("huge.png"), pngHeader(4000, 4000, 16, 6));
        assertThat(Files.size(png)).isLessThan(1000);

        ImageBudget.Problem problem = ImageBudget.PICTURE.findProblem(png).orElseThrow();

        assertThat(problem.message()).isEqualTo("is 4000 x 4000 pixels of 16-bit RGBA, which needs 122 MiB of memory "
                + "to draw, more than the 16 MiB allowed for one image");
        assertThat(problem.hint()).isEqualTo("export it at 2048 x 2048 pixels or smaller, 8-bit");
    }

    @Test
    void bitDepthAndChannelsCountNotOnlyPixels(@TempDir Path dir) throws IOException {
        ImageBudget budget = new ImageBudget(4L * 1000 * 1000);
        // One million pixels each: grey 8-bit is 1 MB, RGB 8-bit 3 MB, RGBA 8-bit 4 MB, RGB 16-bit 6 MB.
        assertThat(budget.findTooLarge(header(dir, 1000, 1000, 8, 0))).isEmpty();
        assertThat(budget.findTooLarge(header(dir, 1000, 1000, 8, 2))).isEmpty();
        assertThat(budget.findTooLarge(header(dir, 1000, 1000, 8, 6))).isEmpty();
        assertThat(budget.findTooLarge(header(dir, 1000, 1000, 16, 2))).hasValueSatisfying(p ->
                assertThat(p.message()).startsWith("is 1000 x 1000 pixels of 16-bit RGB, which needs 6 MiB"));
        assertThat(budget.findTooLarge(header(dir, 1001, 1000, 8, 6))).isPresent();
    }

    @Test
    void headerIsReadWithoutDecoding(@TempDir Path dir) throws IOException {
        Path png = Files.write(dir.resolve("huge.png"), pngHeader(60000, 60000, 16, 6));
        long start = System.nanoTime();
        ImageHeader header = ImageBudget.findHeader(png).orElseThrow();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1000);
        assertThat(header).isEqualTo(new ImageHeader("png", 60000, 60000, 4, 16));
        assertThat(header.decodedBytes()).isEqualTo(60000L * 60000 * 4 * 2);
    }

    @Test
    void imageWithinTheBudgetIsDecodedToFindDamage(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.png");
        ImageIO.write(new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB), "png", good.toFile());
        Path jpeg = dir.resolve("photo.jpg");
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg.toFile());
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.png"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(ImageBudget.PICTURE.findProblem(good)).isEmpty();
        assertThat(ImageBudget.PICTURE.findProblem(jpeg)).isEmpty();
        assertThat(ImageBudget.findHeader(jpeg)).contains(new ImageHeader("JPEG", 800, 600, 3, 8));
        assertThat(ImageBudget.PICTURE.findProblem(truncated)).hasValueSatisfying(p ->
                assertThat(p.message()).isEqualTo("cannot be read as an image; the file may be damaged"));
    }

    @Test
    void fileThatIsNoImageIsRefused(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("logo.png"), "not an image at all");
        assertThat(ImageBudget.PICTURE.findProblem(text)).hasValueSatisfying(p ->
                assertThat(p.message()).isEqualTo("cannot be read as an image"));
        assertThat(ImageBudget.findHeader(text)).isEmpty();
    }

    @Test
    void decodedSizeDoesNotOverflow() {
        ImageHeader absurd = new ImageHeader("png", Integer.MAX_VALUE, Integer.MAX_VALUE, 4, 16);
        assertThat(absurd.decodedBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(ImageBudget.PICTURE.findTooLarge(absurd)).isPresent();
    }

    private static ImageHeader header(Path dir, int w, int h, int depth, int colourType) throws IOException {
        Path f = Files.write(dir.resolve(w + "x" + h + "-" + depth + "-" + colourType + ".png"), pngHeader(w, h, depth, colourType));
        return ImageBudget.findHeader(f).orElseThrow();
    }

    static byte[] pngHeader(int width, int height, int bitDepth, int colourType) {
        return TestImages.png(width, height, bitDepth, colourType, false);
    }
}
