package org.handouts.publish;

import org.handouts.figures.Figure;
import org.handouts.figures.Figures;
import org.handouts.figures.Palette;
import org.handouts.languages.Languages;
import org.handouts.languages.Messages;
import org.handouts.model.Brand;
import org.handouts.model.DisplayPaths;
import org.handouts.model.DocumentKind;
import org.handouts.model.Library;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.model.Variant;
import org.handouts.pdf.FontSet;
import org.handouts.pdf.PdfRenderer;
import org.handouts.pdf.PrintRules;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.handouts.pdf.ResourcePolicy;
import org.handouts.post.DocumentInfo;
import org.handouts.post.PdfFinisher;
import org.handouts.render.FigureSheetView;
import org.handouts.render.TemplateRenderer;
import org.handouts.render.Views;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three per-document stages: render XHTML, render PDF, post-process. One instance serves all
 * worker threads of a build; what it shares (templates, fonts, policy) is immutable or
 * thread-safe, and each call makes its own renderer.
 */
public final class DocumentRenderer {
    private final BuildSettings settings;
    private final Library library;
    private final TemplateRenderer templates;
    private final PdfRenderer pdf;
    private final PdfFinisher finisher = new PdfFinisher();
    private final String baseUri;
    /** Every exercise figure, posed once per build; each document draws them in its brand's colours. */
    private final Figures figures;
    private final Languages languages;

    public DocumentRenderer(BuildSettings settings, Library library, FontSet fonts, Languages languages) {
        this.settings = settings;
        this.library = library;
        this.languages = languages;
        this.templates = new TemplateRenderer(settings.templates(), settings.displayBase());
        this.pdf = new PdfRenderer(fonts, new ResourcePolicy(List.of(settings.templates(), settings.content(), settings.fonts())));
        this.baseUri = templates.folder().toUri().toString();
        Map<String, Figure> byExercise = new LinkedHashMap<>();
        library.exercises().forEach((id, e) -> e.figure().ifPresent(f -> byExercise.put(id, f)));
        this.figures = Figures.of(byExercise, new Palette(0, 0));
    }

    /** A brand's colours for figures: the body in the primary colour, arrow and props in the accent. */
    static Palette palette(Brand brand) {
        return new Palette(brand.primary().rgb(), brand.accent().rgb());
    }

    /** The message bundle of a language the build checked it has. */
    Messages messages(String language) {
        return languages.require(language);
    }

    /** Stage 1: the document's XHTML; a booklet's is its handout's. */
    public String xhtml(Publication p) {
        Publication q = p.kind() == DocumentKind.BOOKLET ? handoutOf(p) : p;
        Messages m = messages(q.language());
        Library content = library.in(q.language());
        Publication translated = translated(q, content);
        return switch (q.kind()) {
            case HANDOUT, BOOKLET -> templates.render(q.kind().template(), Map.of("handout", Views.handout(m, content, translated)), m);
            case TRACKER -> templates.render(q.kind().template(), Map.of("sheets", List.of(Views.tracker(m, content, translated))), m);
        };
    }

    /** The pages a tracker is laid out for: one, or in large print the pages its rows are split over. */
    public int trackerPages(Publication tracker) {
        Library content = library.in(tracker.language());
        return Views.tracker(messages(tracker.language()), content, translated(tracker, content)).pages().size();
    }

    /**
     * The publication made of {@code content} (the library in the publication's language): its
     * brand and routine with their translated text, everything else as it was.
     */
    static Publication translated(Publication p, Library content) {
        if (p.language().equals(Library.CONTENT_LANGUAGE)) return p;
        return new Publication(content.requireBrand(p.brand().id()), content.requireRoutine(p.routine().id()), p.kind(),
                p.paper(), p.variant(), p.language());
    }

    private static Publication handoutOf(Publication booklet) {
        return booklet.as(DocumentKind.HANDOUT);
    }

    /** Stage 1 for any template and its variables (a pack's cover, sheets and handouts). */
    String xhtml(String template, Map<String, Object> variables, Messages m) {
        return templates.render(template, variables, m);
    }

    /** Stage 2: Flying Saucer's PDF. */
    public byte[] pdf(String xhtml, Publication p) {
        String template = p.kind().template();
        PdfRenderer.Checked checked = pdf.renderChecked(xhtml, baseUri,
                DisplayPaths.of(templates.folder().resolve(template), settings.displayBase()), figures.in(palette(p.brand())),
                rules(p));
        if (!checked.printProblems().isEmpty()) {
            // Per document: the same template can pass on A4 and fail on letter, or with one brand's colours.
            throw new InvalidContentException(checked.printProblems().stream().map(problem -> new Problem(p.relativePath(),
                    0, 0, "print", problem, "change " + template.replace(".xhtml", ".css")
                            + (p.variant() == Variant.LARGE ? " or large.css" : "") + " or the brand's colours"))
                    .toList());
        }
        return checked.pdf();
    }

    /** What a document is checked against: its kind's rules, or large print's in the large variant. */
    static PrintRules rules(Publication p) {
        if (p.variant() == Variant.LARGE) return PrintRules.LARGE_PRINT;
        return switch (p.kind()) {
            // A booklet is the handout's pages, checked as laid out before they are imposed.
            case HANDOUT, BOOKLET -> PrintRules.HANDOUT;
            case TRACKER -> PrintRules.TRACKER;
        };
    }

    /** The contact sheet of exercise figures (templates/figures.xhtml), rendered and finished. */
    public PdfFinisher.Finished figureSheet(FigureSheetView view, Brand brand, String inputHash) {
        // The review sheet is for the clinic's own staff, in the content's language.
        Messages m = messages(Languages.CONTENT_LANGUAGE);
        String xhtml = templates.render(FigureSheet.TEMPLATE, Map.of("sheet", view), m);
        byte[] raw = pdf.render(xhtml, baseUri,
                DisplayPaths.of(templates.folder().resolve(FigureSheet.TEMPLATE), settings.displayBase()),
                figures.in(palette(brand)));
        DocumentInfo info = new DocumentInfo(view.title(), brand.name(), "Exercise figures for review",
                "exercise, figures, review", m.languageTag(), "handouts " + Publisher.VERSION, settings.date(),
                fileId(inputHash));
        return finisher.finish(raw, info);
    }

    /** Stage 2; {@code template} names the source in messages, {@code brand} colours the figures. */
    byte[] pdf(String xhtml, String template, Brand brand) {
        return pdf.render(xhtml, baseUri, DisplayPaths.of(templates.folder().resolve(template), settings.displayBase()),
                figures.in(palette(brand)));
    }

    /**
     * A build output's file identifier, from its path and the hash of its inputs: how a build
     * later knows that the file at that path is one it wrote (a copy elsewhere carries another
     * path's identifier).
     */
    static byte[] outputId(String relativePath, String inputHash) {
        return fileId(relativePath + "\n" + inputHash);
    }

    static byte[] fileId(String inputHash) {
        return Arrays.copyOf(Hashes.sha256().digest(inputHash.getBytes(StandardCharsets.UTF_8)), 16);
    }

    /**
     * Stage 3: metadata, stable ids and font names, PDF/A; {@code inputHash} seeds the file id. A
     * booklet's pages are imposed here, from the rendered handout.
     */
    public PdfFinisher.Finished finish(byte[] raw, Publication p, String inputHash) {
        Messages m = messages(p.language());
        Library content = library.in(p.language());
        Routine r = content.requireRoutine(p.routine().id());
        String level = Views.label(m, r.level());
        String what = Views.what(m, p);
        DocumentInfo info = new DocumentInfo(
                Views.title(m, translated(p, content)),
                content.requireBrand(p.brand().id()).name(),
                m.format("document.subject", "what", what, "topic", r.topic(), "level", level.toLowerCase(m.locale())),
                String.join(", ", Stream.concat(Stream.of(r.topic(), m.text("document.keyword"), level.toLowerCase(m.locale()),
                                what.toLowerCase(m.locale())),
                        r.items().stream().map(i -> content.requireExercise(i.exerciseId()).name())).toList()),
                m.languageTag(), "handouts " + Publisher.VERSION, settings.date(), outputId(p.relativePath(), inputHash));
        return p.kind() == DocumentKind.BOOKLET ? finisher.booklet(raw, info) : finisher.finish(raw, info);
    }

    /** All three stages. */
    public PdfFinisher.Finished render(Publication p, String inputHash) {
        return finish(pdf(xhtml(p), p), p, inputHash);
    }
}
