package org.handouts.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reading built PDFs with PDFBox: the test oracle. */
final class Pdfs {
    private Pdfs() {
    }

    /** Runs of whitespace (line breaks from text extraction included) become single spaces. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    static String text(PDDocument doc) throws IOException {
        return normalise(new PDFTextStripper().getText(doc));
    }

    /**
     * The text of each page, normalised, sorted by position on the page (top to bottom, left to
     * right), so that text drawn in several runs on one line, such as "Page 1 of 6", reads in order.
     */
    static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(normalise(stripper.getText(doc)));
        }
        return pages;
    }

    /** Every font a glyph is actually drawn with, by name, with the text drawn in it. */
    static Map<String, FontUse> fontsDrawn(PDDocument doc) throws IOException {
        Map<String, FontUse> fonts = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                PDFont font = text.getFont();
                fonts.computeIfAbsent(font.getName(), n -> new FontUse(font, new StringBuilder())).text()
                        .append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return fonts;
    }

    record FontUse(PDFont font, StringBuilder text) {
    }

    /** One drawn glyph: its page (1-based), text, font and distance from the bottom of the page. */
    record Glyph(int page, String text, PDFont font, float fromBottom) {
    }

    static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getFont(),
                        text.getPageHeight() - text.getYDirAdj()));
                super.processTextPosition(text);
            }
        };
        stripper.getText(doc);
        return glyphs;
    }

    /** Every font in the resources of every page and of the forms they draw. */
    static Map<String, PDFont> fontsInResources(PDDocument doc) throws IOException {
        Map<String, PDFont> fonts = new HashMap<>();
        for (PDPage page : doc.getPages()) collect(page.getResources(), fonts, 0);
        return fonts;
    }

    private static void collect(PDResources resources, Map<String, PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 10) return;
        for (COSName n : resources.getFontNames()) {
            PDFont f = resources.getFont(n);
            fonts.put(f.getName(), f);
        }
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x instanceof PDFormXObject form) collect(form.getResources(), fonts, depth + 1);
        }
    }

    /** Relative path (with forward slashes) to bytes, for every regular file below the folder. */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.exists(folder)) return files;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Only the PDFs of {@link #files}. */
    static Map<String, byte[]> pdfs(Path folder) throws IOException {
        Map<String, byte[]> all = files(folder);
        all.keySet().removeIf(k -> !k.endsWith(".pdf"));
        return all;
    }

    /** Every output a build writes (PDFs and web pages), without the manifest. */
    static Map<String, byte[]> outputs(Path folder) throws IOException {
        Map<String, byte[]> all = files(folder);
        all.keySet().removeIf(k -> !k.endsWith(".pdf") && !k.endsWith(".html"));
        return all;
    }
}
