package org.handouts.cli;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handouts.post.Metadata;
import org.handouts.post.PdfFinisher;
import org.handouts.post.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped document (brand × routine × paper, with booklets, a pack and the figures contact
 * sheet) is PDF/A-2b as
 * veraPDF sees it, declares the same PDF version, and states the same metadata in its XMP as in
 * its information dictionary; broken files are caught. One veraPDF instance serves the class.
 */
class ArchivalPdfTest {
    @TempDir
    static Path out;
    static Map<String, byte[]> built;
    static VeraPdf veraPdf;

    @BeforeAll
    static void buildEverythingOnce() throws IOException {
        Cli.Run build = Cli.buildShipped(out, "--paper", "a4,letter", "--booklet");
        assertThat(build.exit()).as(build.toString()).isZero();
        Path r = Cli.REPO;
        Cli.Run pack = Cli.run("pack", "--content", r.resolve("content").toString(), "--templates",
                r.resolve("templates").toString(), "--fonts", r.resolve("fonts").toString(), "--out", out.toString(),
                r.resolve("docs/examples/rc-0001.yaml").toString(), r.resolve("docs/examples/rc-0042.yaml").toString());
        assertThat(pack.exit()).as(pack.toString()).isZero();
        Cli.Run figures = Cli.run("figures", "--content", r.resolve("content").toString(), "--templates",
                r.resolve("templates").toString(), "--fonts", r.resolve("fonts").toString(), "--out", out.toString());
        assertThat(figures.exit()).as(figures.toString()).isZero();
        built = new TreeMap<>(Pdfs.pdfs(out));
        veraPdf = new VeraPdf();
    }

    @Test
    void buildsHandoutTrackerAndBookletOnBothPapersAPackAndTheFigureSheet() {
        for (String routine : List.of("beginner", "standard", "strengthening")) {
            for (String kind : List.of("handout", "tracker", "booklet")) {
                assertThat(built).containsKeys("riverside/" + routine + "-" + kind + ".pdf",
                        "riverside/" + routine + "-" + kind + "-letter.pdf");
            }
        }
        assertThat(built).containsKeys("packs/rc-0001.pdf", "packs/rc-0042.pdf", "figures.pdf").hasSize(21);
    }

    @Test
    void everyShippedPdfConformsToPdfA2b() {
        Map<String, List<String>> failures = new TreeMap<>();
        built.forEach((path, pdf) -> {
            List<String> failed = veraPdf.failures(pdf);
            if (!failed.isEmpty()) failures.put(path, failed);
        });
        assertThat(failures).as("veraPDF (PDF/A-2b) failures by file").isEmpty();
    }

    @Test
    void everyOutputDeclaresPdf17AndItsXmpMatchesItsInformationDictionary() throws IOException {
        for (var e : built.entrySet()) {
            assertThat(new String(e.getValue(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).as(e.getKey()).isEqualTo("%PDF-1.7");
            try (PDDocument doc = PdfFinisher.open(e.getValue())) {
                assertThat(doc.getVersion()).as(e.getKey()).isEqualTo(1.7f);
                assertThat(Metadata.pdfaId(doc)).as(e.getKey()).isEqualTo("2B");
                Map<String, String> info = Metadata.info(doc);
                assertThat(info).as(e.getKey()).containsKeys("Title", "Author", "Producer");
                assertThat(Metadata.xmp(doc)).as(e.getKey()).isEqualTo(info);
            }
        }
    }

    @Test
    void theBookletIsTheHandoutImposedKeepingItsTextAndImages() throws IOException {
        try (PDDocument handout = PdfFinisher.open(built.get("riverside/standard-handout.pdf"));
             PDDocument booklet = PdfFinisher.open(built.get("riverside/standard-booklet.pdf"))) {
            int pages = handout.getNumberOfPages();
            assertThat(booklet.getNumberOfPages()).isEqualTo((pages + 3) / 4 * 2);
            List<String> footers = new ArrayList<>();
            for (String text : Pdfs.pageTexts(booklet)) {
                var m = java.util.regex.Pattern.compile("Page (\\d+) of " + pages).matcher(text);
                while (m.find()) footers.add(m.group(1));
            }
            // In saddle-stitch order: 8,1 | 2,7 | 6,3 | 4,5 for a 5-page handout (blanks have no footer).
            List<String> expected = new ArrayList<>();
            for (var side : org.handouts.post.Booklet.sides(pages)) {
                if (side.left() > 0) expected.add(String.valueOf(side.left()));
                if (side.right() > 0) expected.add(String.valueOf(side.right()));
            }
            assertThat(footers).isEqualTo(expected);
            assertThat(booklet.getDocumentInformation().getTitle()).contains("Exercise booklet");
            // Still vector: no picture of a page was made; the handout's images are placed once each.
            assertThat(images(handout)).isPositive();
            assertThat(images(booklet)).isEqualTo(images(handout));
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"riverside/standard-booklet.pdf\"", "\"riverside/standard-booklet-letter.pdf\"");
    }

    @Test
    void aPdfWithoutItsOutputIntentIsCaught() throws IOException {
        byte[] broken;
        try (PDDocument doc = PdfFinisher.open(built.get("riverside/beginner-handout.pdf"))) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            broken = save(doc);
        }
        assertThat(veraPdf.failures(broken)).anySatisfy(f -> assertThat(f).startsWith("ISO 19005-2:2011 6.2.4.3-"));
    }

    @Test
    void aFontThatIsNotEmbeddedIsCaught() throws IOException {
        byte[] broken;
        try (PDDocument doc = PdfFinisher.open(built.get("riverside/beginner-tracker.pdf"))) {
            PDPage page = doc.getPage(0);
            COSName first = page.getResources().getFontNames().iterator().next();
            var descriptor = page.getResources().getFont(first).getFontDescriptor();
            descriptor.getCOSObject().removeItem(COSName.FONT_FILE2);     // the font program goes, its use stays
            broken = save(doc);
        }
        assertThat(veraPdf.failures(broken)).anySatisfy(f -> assertThat(f).startsWith("ISO 19005-2:2011 6.2.11.4.1-"));
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    /** Distinct image XObjects, on pages or inside the forms a booklet places them in. */
    private static int images(PDDocument doc) throws IOException {
        java.util.Set<Object> found = new java.util.HashSet<>();
        java.util.ArrayDeque<org.apache.pdfbox.pdmodel.PDResources> todo = new java.util.ArrayDeque<>();
        for (PDPage page : doc.getPages()) todo.add(page.getResources());
        java.util.Set<Object> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            var resources = todo.pop();
            if (resources == null || !seen.add(resources.getCOSObject())) continue;
            for (COSName n : resources.getXObjectNames()) {
                var x = resources.getXObject(n);
                if (x instanceof PDImageXObject image) found.add(image.getCOSObject());
                if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) todo.add(form.getResources());
            }
        }
        return found.size();
    }
}
