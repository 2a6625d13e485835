package org.handouts.publish;

import org.handouts.languages.Messages;
import org.handouts.model.Brand;
import org.handouts.model.DisplayPaths;
import org.handouts.model.DocumentKind;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.Problem;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.model.Variant;
import org.handouts.model.Stage;
import org.handouts.pdf.FontSet;
import org.handouts.post.DocumentInfo;
import org.handouts.post.PackAssembler;
import org.handouts.post.PdfFinisher;
import org.handouts.render.CoverView;
import org.handouts.render.HandoutView;
import org.handouts.render.TrackerView;
import org.handouts.render.Views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Renders a patient's pack: the cover, then for each stage its handout and its dated weekly
 * sheets, assembled into one PDF with an outline and page numbers through the whole pack.
 * Handouts name no patient, so packs with the same stage share one rendered handout (a clinic's
 * batch mostly uses a few programmes). Thread-safe: one instance serves all workers of a batch.
 */
final class PackRenderer {
    /** Where the templates print the footer (see handout.css, cover.css and tracker.css: margins and footer). */
    static final PackAssembler.Footer PORTRAIT_FOOTER = new PackAssembler.Footer(13f, 12.93f);
    static final PackAssembler.Footer LANDSCAPE_FOOTER = new PackAssembler.Footer(10f, 7.93f);
    /** Large print's footers (large.css): 18 pt, measured on rendered pages like the ones above. */
    static final PackAssembler.Footer LARGE_PORTRAIT_FOOTER = new PackAssembler.Footer(13f, 9.36f, 18f);
    static final PackAssembler.Footer LARGE_LANDSCAPE_FOOTER = new PackAssembler.Footer(10f, 7.16f, 18f);
    private static final int MAX_CACHED_HANDOUTS = 64;

    private final BuildSettings settings;
    private final Library library;
    private final DocumentRenderer documents;
    private final PackAssembler assembler;
    private final Map<HandoutView, byte[]> handouts = new ConcurrentHashMap<>();

    PackRenderer(BuildSettings settings, Library library, DocumentRenderer documents, FontSet fonts) {
        this.settings = settings;
        this.library = library;
        this.documents = documents;
        List<FontSet.Face> faces = fonts.faces();
        var regular = faces.stream().filter(f -> !f.bold()).findFirst().orElse(faces.get(0)).file();
        var bold = faces.stream().filter(FontSet.Face::bold).findFirst().orElse(faces.get(0)).file();
        this.assembler = new PackAssembler(regular, bold);
    }

    /** The finished pack; {@code source} (the pack file or CSV row) locates a pack that does not fit its pages. */
    PdfFinisher.Finished render(Pack pack, String source, String inputHash) {
        String language = pack.languageFor(this.library.requireBrand(pack.brandId()));
        Messages m = documents.messages(language);
        Library library = this.library.in(language);
        Brand brand = library.requireBrand(pack.brandId());
        List<Routine> routines = pack.stages().stream()
                .map(s -> s.personalise(library.requireRoutine(s.routineId()), library)).toList();
        List<PackAssembler.Part> parts = new ArrayList<>();

        CoverView cover = Views.cover(m, library, pack, brand, pack.paper(), routines);
        byte[] coverPdf = documents.pdf(documents.xhtml("cover.xhtml", Map.of("cover", cover), m), "cover.xhtml", brand);
        int coverPages = PdfFinisher.pageCount(coverPdf);
        boolean large = pack.variant() == Variant.LARGE;
        // Large print sets the same cover at 18 pt and up: it may take two pages.
        int coverRoom = large ? 2 : 1;
        if (coverPages > coverRoom) {
            throw new InvalidContentException(new Problem(source, 0, 0, "notes", "the " + (large ? "large-print " : "")
                    + "cover needs " + coverPages + " pages instead of " + (large ? "two" : "one"),
                    "shorten the notes or the changes to the plan"));
        }
        PackAssembler.Footer portrait = large ? LARGE_PORTRAIT_FOOTER : PORTRAIT_FOOTER;
        PackAssembler.Footer landscape = large ? LARGE_LANDSCAPE_FOOTER : LANDSCAPE_FOOTER;
        parts.add(new PackAssembler.Part(coverPdf, List.of(m.text("pack.bookmarkCover")), false, portrait));

        for (int s = 0; s < pack.stages().size(); s++) {
            Stage stage = pack.stages().get(s);
            Routine routine = routines.get(s);
            Publication handout = new Publication(brand, routine, DocumentKind.HANDOUT, pack.paper(), pack.variant(), language);
            HandoutView view = Views.stageHandout(m, library, handout, pack, s);
            byte[] handoutPdf = handoutPdf(view, handout, m);
            String title = m.format("pack.routine", "title", routine.title(), "level", Views.label(m, routine.level()));
            parts.add(new PackAssembler.Part(handoutPdf, List.of(m.format("pack.bookmarkHandout", "routine", title,
                    "programme", view.programme())), false, portrait));

            Publication tracker = new Publication(brand, routine, DocumentKind.TRACKER, pack.paper(), pack.variant(), language);
            int first = pack.firstWeek(s);
            List<TrackerView> sheets = IntStream.range(first, first + stage.weeks())
                    .mapToObj(week -> Views.tracker(m, library, tracker, Optional.of(pack), week)).toList();
            byte[] sheetsPdf = documents.pdf(documents.xhtml(DocumentKind.TRACKER.template(), Map.of("sheets", sheets), m),
                    DocumentKind.TRACKER.template(), brand);
            // A week's sheet is one page, or in large print the pages its rows are split over.
            if (PdfFinisher.pageCount(sheetsPdf) != sheets.stream().mapToInt(t -> t.pages().size()).sum()) {
                String file = DisplayPaths.of(settings.content().resolve("routines").resolve(stage.routineId() + ".yaml"),
                        settings.displayBase());
                throw new InvalidContentException(new Problem(file, 0, 0, "exercises",
                        "a dated weekly sheet for this routine needs more than one page",
                        "shorten the longest exercise names or use fewer exercises"));
            }
            List<String> names = new ArrayList<>();
            for (int w = first; w < first + stage.weeks(); w++) {
                names.add(m.format("pack.bookmarkWeek", "week", m.format("programme.week", "week", w + 1, "weeks", pack.weeks()),
                        "date", m.format("date.medium", "date", pack.weekStart(w))));
                // A large-print week's further pages are not bookmarked: they follow its first (on its back, printed duplex).
                for (int page = 2; page <= sheets.get(w - first).pages().size(); page++) names.add("");
            }
            parts.add(new PackAssembler.Part(sheetsPdf, names, true, landscape));
        }
        return assembler.assemble(parts, pack.duplex(), pack.link(), info(m, pack, brand, routines, inputHash), m);
    }

    private byte[] handoutPdf(HandoutView view, Publication handout, Messages m) {
        byte[] cached = handouts.get(view);
        if (cached != null) return cached;
        byte[] pdf = documents.pdf(documents.xhtml(DocumentKind.HANDOUT.template(), Map.of("handout", view), m), handout);
        if (handouts.size() >= MAX_CACHED_HANDOUTS) handouts.clear();
        handouts.put(view, pdf);
        return pdf;
    }

    /** What the PDF says about itself: the programme, never the patient (metadata travels further than pages). */
    private DocumentInfo info(Messages m, Pack pack, Brand brand, List<Routine> routines, String inputHash) {
        var levels = new LinkedHashSet<String>();
        routines.forEach(r -> levels.add(Views.label(m, r.level()).toLowerCase(m.locale())));
        String plan = routines.stream().map(r -> m.format("pack.routine", "title", r.title(), "level", Views.label(m, r.level())))
                .reduce((first, next) -> m.format("pack.then", "first", first, "next", next)).orElseThrow();
        // The routines say what the pack is for; a pack never assumes one body part.
        List<String> topicList = routines.stream().map(Routine::topic).distinct().toList();
        return new DocumentInfo(m.format("pack.title", "plan", plan),
                brand.name(),
                m.format("pack.subject", "topics", m.and(topicList), "stages", pack.stages().size(), "weeks", pack.weeks()),
                String.join(", ", topicList) + ", " + m.text("document.keyword") + ", " + String.join(", ", levels) + ", "
                        + m.text("pack.keyword"),
                m.languageTag(), "handouts " + Publisher.VERSION, settings.date(), DocumentRenderer.fileId(inputHash));
    }
}
