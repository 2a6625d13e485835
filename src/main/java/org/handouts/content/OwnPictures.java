package org.handouts.content;

import org.handouts.images.ImageBudget;
import org.handouts.images.ImageHeader;
import org.handouts.model.PdfProbe;
import org.handouts.model.Picture;
import org.handouts.figures.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an exercise's {@code pictures} block: the clinic's own PNG, JPEG or one-page PDF for any
 * stage, each checked here like a logo (inside the content folder, type by its first bytes, file
 * size, decoded size by {@link ImageBudget} and that it decodes; for a PDF one unencrypted, unrotated page of a sensible
 * size, and nothing in it that would break the handout's PDF/A-2b, as the probe finds), so a bad
 * picture is a located problem and never a failure in the middle of a build.
 * <pre>
 * pictures:
 *   start: knee-hug-start.png            # alt text from the drawn figure of the same stage
 *   end:
 *     file: pictures/knee-hug-end.pdf
 *     alt: Lying on your back, hugging both knees to your chest.
 * </pre>
 */
final class OwnPictures {
    static final String FIELD = "pictures";
    /** Smallest and largest side of a PDF page, in points: about 7 mm and 70 cm. */
    static final double MIN_PAGE_SIDE = 20;
    static final double MAX_PAGE_SIDE = 2000;
    /** A picture wider or taller than this ratio would print as a thin strip. */
    static final double MAX_ASPECT = 4;
    static final int ALT = 200;
    private static final LocalFile PICTURE = new LocalFile("picture", "knee-hug-start.png", "the exercise file");

    private final Path root;
    private final Path folder;
    private final Function<Path, String> display;
    private final PdfProbe pdfs;

    /**
     * @param root    the content folder: pictures must be inside it
     * @param folder  where picture names are resolved (the exercises folder)
     * @param display how paths are shown in hints
     * @param pdfs    reads PDF pictures
     */
    OwnPictures(Path root, Path folder, Function<Path, String> display, PdfProbe pdfs) {
        this.root = root;
        this.folder = folder;
        this.display = display;
        this.pdfs = pdfs;
    }

    /**
     * The pictures by stage (empty when the block is absent), or empty after recording problems.
     *
     * @param drawn the stages the drawn figure shows, whose descriptions stand in for a missing
     *              {@code alt}; without a drawn figure, own pictures must show start and end
     */
    Optional<Map<Stage, Picture>> read(Fields exercise, java.util.Set<Stage> drawn) {
        Optional<Fields> block = exercise.nested(FIELD, false, "");
        if (block.isEmpty()) {
            return exercise.find(FIELD).isPresent() ? Optional.empty() : Optional.of(Map.of());
        }
        Fields f = block.get();
        Map<Stage, Picture> pictures = new EnumMap<>(Stage.class);
        boolean ok = true;
        for (Stage stage : Stage.values()) {
            Optional<Node> node = f.find(stage.key());
            if (node.isEmpty()) continue;
            Optional<Picture> picture = picture(f, stage, node.get(), drawn.contains(stage));
            picture.ifPresent(p -> pictures.put(stage, p));
            ok &= picture.isPresent();
        }
        f.finish();
        if (!ok) return Optional.empty();
        if (pictures.isEmpty()) {
            f.problem(f.node(), f.path(), "names no picture", "give a file for start, end or both, such as start: knee-hug-start.png");
            return Optional.empty();
        }
        if (drawn.isEmpty()) {
            for (Stage needed : new Stage[] {Stage.START, Stage.END}) {
                if (!pictures.containsKey(needed)) {
                    f.problem(f.node(), f.path(), "has no " + needed.key() + " picture, and the exercise has no drawn figure to show instead",
                            "add " + needed.key() + ": with a file, or pose the exercise in a figure: block; see docs/figures.md");
                    ok = false;
                }
            }
        }
        return ok ? Optional.of(pictures) : Optional.empty();
    }

    private Optional<Picture> picture(Fields f, Stage stage, Node node, boolean hasDrawn) {
        String where = f.path(stage.key());
        Optional<String> name;
        Optional<String> alt = Optional.empty();
        Node fileNode = node;
        if (node instanceof Node.Mapping) {
            Optional<Fields> item = f.nestedNode(node, where);
            if (item.isEmpty()) return Optional.empty();
            Fields it = item.get();
            fileNode = it.find("file").orElse(node);
            name = it.expect("file", "the picture's file name, such as file: knee-hug-start.png")
                    .flatMap(n -> LocalFile.name(it, n, it.path("file")));
            alt = it.findText("alt", ALT);
            boolean altBad = it.find("alt").isPresent() && alt.isEmpty();
            it.finish();
            if (altBad) return Optional.empty();
            where = it.path("file");
        } else {
            name = LocalFile.name(f, node, where);
        }
        if (name.isEmpty()) return Optional.empty();
        if (alt.isEmpty() && !hasDrawn) {
            f.problem(node, f.path(stage.key()), "needs alt text: the exercise has no drawn " + stage.key() + " figure to describe it",
                    "write it as file: and alt:, the alt saying in a sentence what the picture shows");
            return Optional.empty();
        }
        return checked(name.get(), f, fileNode, where, alt);
    }

    private Optional<Picture> checked(String name, Fields f, Node at, String where, Optional<String> alt) {
        Optional<Path> found = PICTURE.find(name, folder, root, f, at, where, display);
        if (found.isEmpty()) return Optional.empty();
        Path real = found.get();
        String shown = "'" + Texts.shorten(name) + "'";
        try {
            Optional<LocalFile.Kind> kind = LocalFile.sniff(real);
            if (kind.isEmpty()) {
                f.problem(at, where, shown + " is not a PNG, JPEG or PDF file", "export the picture as PNG, or as a one-page PDF to keep it sharp");
                return Optional.empty();
            }
            if (Files.size(real) > LocalFile.MAX_BYTES) {
                f.problem(at, where, shown + " is larger than 2 MiB", kind.get() == LocalFile.Kind.PDF
                        ? "export it again without embedded photos, or as PNG about 800 pixels wide" : "export it at about 800 pixels wide");
                return Optional.empty();
            }
            return switch (kind.get()) {
                case PNG, JPEG -> raster(real, kind.get(), f, at, where, shown, alt);
                case PDF -> pdf(real, f, at, where, shown, alt);
            };
        } catch (IOException e) {
            PICTURE.cannotRead(name, e, f, at, where);
            return Optional.empty();
        }
    }

    private Optional<Picture> raster(Path real, LocalFile.Kind kind, Fields f, Node at, String where, String shown,
                                     Optional<String> alt) {
        Optional<ImageBudget.Problem> unusable = ImageBudget.PICTURE.findProblem(real);
        if (unusable.isPresent()) {
            f.problem(at, where, shown + " " + unusable.get().message(),
                    unusable.get().hint() + "; about 800 pixels wide is plenty for a picture");
            return Optional.empty();
        }
        ImageHeader header = ImageBudget.findHeader(real).orElseThrow(); // decoded just now
        if (!sensibleShape(header.width(), header.height(), f, at, where, shown)) return Optional.empty();
        return Optional.of(new Picture(real, kind == LocalFile.Kind.PNG ? Picture.Format.PNG : Picture.Format.JPEG,
                header.width(), header.height(), alt));
    }

    private Optional<Picture> pdf(Path real, Fields f, Node at, String where, String shown, Optional<String> alt) throws IOException {
        Optional<PdfProbe.Facts> read = pdfs.inspect(Files.readAllBytes(real));
        if (read.isEmpty()) {
            f.problem(at, where, shown + " cannot be read as a PDF; the file may be damaged", "export the picture again as a one-page PDF");
            return Optional.empty();
        }
        PdfProbe.Facts pdf = read.get();
        if (pdf.encrypted()) {
            f.problem(at, where, shown + " is an encrypted PDF", "save the picture again without a password or other protection");
            return Optional.empty();
        }
        if (pdf.pages() != 1) {
            f.problem(at, where, shown + " has " + pdf.pages() + " pages; a picture must be a one-page PDF",
                    "export just the page with the picture");
            return Optional.empty();
        }
        if (pdf.rotation() % 360 != 0) {
            f.problem(at, where, shown + " is a rotated page (/Rotate " + pdf.rotation() + ")", "export the picture again without page rotation");
            return Optional.empty();
        }
        double w = pdf.width();
        double h = pdf.height();
        if (!(Math.min(w, h) >= MIN_PAGE_SIDE) || !(Math.max(w, h) <= MAX_PAGE_SIDE)) {
            f.problem(at, where, shown + " has a page of " + Math.round(w * 25.4 / 72) + " x " + Math.round(h * 25.4 / 72)
                    + " mm; a picture page must be 7 mm to 70 cm on each side", "crop the page to the picture before exporting it");
            return Optional.empty();
        }
        if (!sensibleShape(w, h, f, at, where, shown)) return Optional.empty();
        if (!pdf.archiveProblems().isEmpty()) {
            f.problem(at, where, shown + " cannot go into an archival (PDF/A-2b) handout: " + String.join("; ", pdf.archiveProblems()),
                    "export it again as PDF/A, with fonts embedded and RGB colours, or as PNG");
            return Optional.empty();
        }
        if (!pdf.drawable()) {
            f.problem(at, where, shown + " cannot be drawn for the web page: something in its page is malformed",
                    "export the picture again as a one-page PDF, or as PNG");
            return Optional.empty();
        }
        return Optional.of(new Picture(real, Picture.Format.PDF, w, h, alt));
    }

    private static boolean sensibleShape(double w, double h, Fields f, Node at, String where, String shown) {
        if (w / h <= MAX_ASPECT && h / w <= MAX_ASPECT) return true;
        f.problem(at, where, shown + " is " + (w > h ? "more than 4 times wider than it is tall" : "more than 4 times taller than it is wide"),
                "crop it closer to a square: it prints in a box about 3 wide by 2 tall");
        return false;
    }
}
