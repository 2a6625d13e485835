package org.handouts.publish;

import org.handouts.model.Library;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.pdf.FontSet;
import org.handouts.pdf.PdfRenderer;
import org.handouts.pdf.ResourcePolicy;
import org.handouts.post.DocumentInfo;
import org.handouts.post.PdfFinisher;
import org.handouts.render.TemplateRenderer;
import org.handouts.render.Views;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    public DocumentRenderer(BuildSettings settings, Library library, FontSet fonts) {
        this.settings = settings;
        this.library = library;
        this.templates = new TemplateRenderer(settings.templates(), settings.displayBase());
        this.pdf = new PdfRenderer(fonts, new ResourcePolicy(List.of(settings.templates(), settings.content(), settings.fonts())));
        this.baseUri = templates.folder().toUri().toString();
    }

    /** Stage 1: the document's XHTML. */
    public String xhtml(Publication p) {
        Object view = switch (p.kind()) {
            case HANDOUT -> Views.handout(library, p);
            case TRACKER -> Views.tracker(library, p);
        };
        return templates.render(p.kind().template(), Map.of(p.kind().key(), view));
    }

    /** Stage 2: Flying Saucer's PDF. */
    public byte[] pdf(String xhtml, Publication p) {
        java.nio.file.Path base = settings.displayBase().toAbsolutePath().normalize();
        java.nio.file.Path template = templates.folder().resolve(p.kind().template());
        return pdf.render(xhtml, baseUri, (template.startsWith(base) ? base.relativize(template) : template).toString());
    }

    /** Stage 3: metadata, stable ids and font names; {@code inputHash} seeds the file id. */
    public PdfFinisher.Finished finish(byte[] raw, Publication p, String inputHash) {
        Routine r = p.routine();
        String level = r.level().label();
        DocumentInfo info = new DocumentInfo(
                Views.title(p),
                p.brand().name(),
                Views.what(p) + " for lower back pain: " + level.toLowerCase(Locale.ROOT) + " routine",
                String.join(", ", Stream.concat(Stream.of("lower back pain", "exercise", r.level().key(), p.kind().key()),
                        r.items().stream().map(i -> library.requireExercise(i.exerciseId()).name())).toList()),
                Views.LANGUAGE, "handouts " + Publisher.VERSION, settings.date(),
                Arrays.copyOf(Hashes.sha256().digest(inputHash.getBytes(StandardCharsets.UTF_8)), 16));
        return finisher.finish(raw, info);
    }

    /** All three stages. */
    public PdfFinisher.Finished render(Publication p, String inputHash) {
        return finish(pdf(xhtml(p), p), p, inputHash);
    }
}
