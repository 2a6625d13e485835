package org.handouts.web;

import org.handouts.languages.Languages;
import org.handouts.languages.Messages;

import org.handouts.figures.Figure;
import org.handouts.figures.Figures;
import org.handouts.figures.Palette;
import org.handouts.figures.Stage;
import org.handouts.figures.SvgCanvas;
import org.handouts.model.Brand;
import org.handouts.model.DisplayPaths;
import org.handouts.model.DocumentKind;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.PaperSize;
import org.handouts.model.Problem;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.model.Variant;
import org.handouts.model.RoutineItem;
import org.handouts.render.HandoutView;
import org.handouts.render.TemplateRenderer;
import org.handouts.render.Views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the web outputs: one self-contained HTML5 page per handout ({@link #page}) and a list of
 * a brand's routines ({@link #index}). A page carries its stylesheet, fonts, logo, drawn exercise
 * figures (as SVG) and the clinic's own pictures ({@code data:} URIs) inline and makes no request: it works from a web server, a USB stick or an e-mail attachment alike. One
 * instance serves all worker threads of a build.
 */
public final class WebPages {
    static final String PAGE_TEMPLATE = "web/handout.html";
    static final String INDEX_TEMPLATE = "web/index.html";
    static final String STYLESHEET = "web/page.css";
    /** The file name of a brand's list of routines. */
    public static final String INDEX = "index.html";

    private final TemplateRenderer templates;
    private final FontFaces fonts;
    private final String stylesheet;
    private final Languages languages;

    /**
     * @param templates   the templates folder, which holds {@code web/handout.html}, {@code web/index.html}
     *                    and {@code web/page.css}
     * @param displayBase the folder paths in messages are shown relative to
     * @param fonts       the font stack, main face first: the fonts the pages embed (each subset to
     *                    what a page uses)
     * @param languages   the message bundles, for the pages' fixed words
     */
    public WebPages(Path templates, Path displayBase, List<WebFont> fonts, Languages languages) {
        this.languages = languages;
        this.templates = TemplateRenderer.forHtml(templates, displayBase);
        this.fonts = new FontFaces(fonts);
        this.stylesheet = readStylesheet(this.templates.folder(), displayBase);
    }

    /**
     * Where a routine's page goes below the output folder: {@code riverside/beginner.html}, or
     * {@code riverside/beginner-es.html} in a language other than the brand's main one.
     */
    public static String pagePath(Brand brand, Routine routine, String language) {
        return brand.id() + "/" + routine.id() + Publication.languageSuffix(brand, language) + ".html";
    }

    /** Where a brand's list of routines goes: {@code riverside/index.html}, or {@code index-es.html}. */
    public static String indexPath(Brand brand, String language) {
        return brand.id() + "/index" + Publication.languageSuffix(brand, language) + ".html";
    }

    /**
     * The web page of a handout: everything the PDF handout says, then the week's tracker as a
     * table. {@code handout} is the handout publication (its paper size does not matter here).
     */
    public byte[] page(Library all, Publication original) {
        if (original.kind() != DocumentKind.HANDOUT) throw new IllegalArgumentException("not a handout: " + original);
        Messages m = languages.require(original.language());
        Library library = all.in(original.language());
        // The content's own language prints the publication as given; another, its translation.
        Publication handout = original.language().equals(Library.CONTENT_LANGUAGE) ? original
                : new Publication(library.requireBrand(original.brand().id()), library.requireRoutine(original.routine().id()),
                original.kind(), original.paper(), original.variant(), original.language());
        Publication tracker = handout.as(DocumentKind.TRACKER);
        Map<String, Object> variables = new HashMap<>();
        variables.put("handout", Views.handout(m, library, handout));
        variables.put("tracker", Views.tracker(m, library, tracker));
        variables.put("shortDays", Views.shortDays(m));
        variables.put("figures", pictures(library, handout.routine(), handout.brand()));
        variables.put("images", ownPictures(library, handout.routine()));
        return render(PAGE_TEMPLATE, handout.brand(), variables, m);
    }

    /** Width of a picture's SVG user space; its height follows the figure's aspect ratio. */
    private static final int PICTURE_WIDTH = 240;

    /**
     * The drawn pictures of the routine's exercises, by their {@code figure:<exercise>/<stage>}
     * address (the card's {@code PictureView.src}), drawn in the brand's colours as the PDF draws
     * them. The card gives each its caption and alt text.
     */
    private static Map<String, Picture> pictures(Library library, Routine routine, Brand brand) {
        Map<String, Figure> byExercise = new LinkedHashMap<>();
        for (RoutineItem item : routine.items()) {
            library.requireExercise(item.exerciseId()).figure().ifPresent(f -> byExercise.put(item.exerciseId(), f));
        }
        Figures figures = Figures.of(byExercise, new Palette(brand.primary().rgb(), brand.accent().rgb()));
        Map<String, Picture> pictures = new HashMap<>();
        byExercise.forEach((id, figure) -> {
            int height = (int) Math.round(PICTURE_WIDTH / figures.aspectRatio(id));
            for (Stage stage : figure.stages()) {
                if (library.requireExercise(id).findPicture(stage).isPresent()) continue; // the clinic's own shows instead
                SvgCanvas canvas = new SvgCanvas();
                figures.draw(new Figures.Request(id, stage), canvas, PICTURE_WIDTH, height);
                pictures.put(Figures.SCHEME + id + "/" + stage.key(),
                        new Picture("0 0 " + PICTURE_WIDTH + " " + height, canvas.paths()));
            }
        });
        return pictures;
    }

    /**
     * The clinic's own pictures of the routine's exercises as {@code data:} URIs, by the address
     * the card gives them ({@code PictureView.src}, the file's URI); the card gives each its
     * caption and alt text.
     */
    private static Map<String, String> ownPictures(Library library, Routine routine) {
        Map<String, String> images = new HashMap<>();
        for (RoutineItem item : routine.items()) {
            for (org.handouts.model.Picture p : library.requireExercise(item.exerciseId()).pictures().values()) {
                images.computeIfAbsent(p.file().toUri().toString(), k -> InlinePictures.dataUri(p));
            }
        }
        return images;
    }

    /**
     * A brand's list of routines, each linking to its page and to the PDFs a build makes: handout
     * and tracker for each of {@code variants} and {@code papers}, and the standard-print booklet
     * when {@code booklets}. Every routine the brand publishes is listed, whichever of them this
     * build renders, with its page and PDFs in {@code language}.
     */
    public byte[] index(Library all, Brand original, String language, List<PaperSize> papers, List<Variant> variants,
                        boolean booklets) {
        Messages m = languages.require(language);
        Library library = all.in(language);
        Brand brand = language.equals(Library.CONTENT_LANGUAGE) ? original : library.requireBrand(original.id());
        List<IndexView.Entry> entries = new ArrayList<>();
        for (Routine routine : library.routines().values()) {
            if (!brand.catalogue().publishes(routine.id())) continue;
            HandoutView h = Views.handout(m, library, new Publication(brand, routine, DocumentKind.HANDOUT, papers.get(0), variants.get(0), language));
            List<IndexView.Link> pdfs = new ArrayList<>();
            for (Variant variant : variants) {
                for (PaperSize paper : papers) {
                    for (DocumentKind kind : DocumentKind.values()) {
                        if (kind == DocumentKind.BOOKLET && !(booklets && variant == Variant.STANDARD)) continue;
                        String path = new Publication(brand, routine, kind, paper, variant, language).relativePath();
                        pdfs.add(new IndexView.Link(IndexView.pdfLabel(m, kind, paper, papers.size() > 1, variant),
                                path.substring(path.indexOf('/') + 1)));
                    }
                }
            }
            entries.add(new IndexView.Entry(h.title(), h.level(), h.forWhom(), h.howOften(),
                    pagePath(brand, routine, language).substring(brand.id().length() + 1), pdfs));
        }
        List<String> topics = library.routines().values().stream().filter(r -> brand.catalogue().publishes(r.id()))
                .map(Routine::topic).distinct().toList();
        String heading = topics.size() == 1 ? m.format("index.heading", "topic", topics.get(0)) : m.text("index.headingMany");
        IndexView view = new IndexView(m.format("index.title", "brand", brand.name()), heading, m.languageTag(), entries);
        return render(INDEX_TEMPLATE, brand, Map.of("index", view, "brand", Views.brand(brand)), m);
    }

    /**
     * Renders twice: once to learn which characters the page uses, then with the fonts subset to
     * them (the text is the same both times; only the font rules differ).
     */
    private byte[] render(String template, Brand brand, Map<String, Object> variables, Messages m) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("logo", logoUri(brand.logo()));
        all.put("logoAlt", m.format("web.logoAlt", "brand", brand.name()));
        all.put("stylesheet", stylesheet);
        all.put("fontFamilies", fonts.cssFamilies());
        all.put("fontFaces", "");
        String draft = templates.render(template, all, m);
        all.put("fontFaces", fonts.css(draft));
        return templates.render(template, all, m).getBytes(StandardCharsets.UTF_8);
    }

    private static String logoUri(Path logo) {
        try {
            byte[] bytes = Files.readAllBytes(logo);
            // The content check admits PNG and JPEG only; PNG starts with 0x89 'P'.
            String type = bytes.length > 1 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' ? "image/png" : "image/jpeg";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the logo " + logo + ": " + org.handouts.model.FileErrors.reason(e), e);
        }
    }

    /**
     * The pages' stylesheet, inlined into a {@code <style>} element: it must stay inside the
     * templates folder and cannot contain {@code </}, which would end the element early.
     */
    private static String readStylesheet(Path folder, Path displayBase) {
        Path file = folder.resolve(STYLESHEET);
        String shown = DisplayPaths.of(file, displayBase);
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidContentException(new Problem(shown, 0, 0, "", "template not found",
                        "pass --templates DIR pointing at a folder with " + STYLESHEET));
            }
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw new InvalidContentException(new Problem(shown, 0, 0, "", "links to a file outside the templates folder",
                        "copy the stylesheet into the templates folder"));
            }
            String css = Files.readString(file, StandardCharsets.UTF_8);
            int at = css.indexOf("</");
            if (at >= 0) {
                String before = css.substring(0, at);
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                int col = at - before.lastIndexOf('\n');
                throw new InvalidContentException(new Problem(shown, line, col, "",
                        "'</' cannot appear in the web stylesheet: it would end the page's <style> element",
                        "write it as '<\\/' inside a string, or remove it"));
            }
            return css;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "not UTF-8 text", "save the stylesheet as UTF-8"));
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(shown, 0, 0, "", "cannot read: " + org.handouts.model.FileErrors.reason(e),
                    "check the file's permissions"));
        }
    }
}
