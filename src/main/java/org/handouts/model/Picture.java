package org.handouts.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinic's own picture for one stage of an exercise, printed instead of the drawn figure: a
 * checked PNG, JPEG or one-page PDF inside the content folder.
 *
 * @param file   the real path of the file
 * @param format what the file holds (by its first bytes, not its name)
 * @param width  its width: pixels for PNG and JPEG, points for a PDF page; only the ratio to
 *               {@code height} matters, since the layout sets the printed size
 * @param height its height, in the same unit
 * @param alt    what the picture shows, for readers who cannot see it; empty to use the drawn
 *               figure's description of the same stage
 */
public record Picture(Path file, Format format, double width, double height, Optional<String> alt) {

    /** The kinds of file a clinic may supply. A PDF page stays vector in the handout. */
    public enum Format { PNG, JPEG, PDF }

    public Picture {
        Objects.requireNonNull(file);
        Objects.requireNonNull(format);
        Objects.requireNonNull(alt);
        if (!(width > 0) || !(height > 0)) throw new IllegalArgumentException("a picture needs a positive size");
    }

    /** Width divided by height. */
    public double aspect() {
        return width / height;
    }
}
