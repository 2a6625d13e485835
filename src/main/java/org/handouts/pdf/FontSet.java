package org.handouts.pdf;

import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The TrueType fonts every document embeds. They are registered with Identity-H encoding so any
 * glyph the font has can be printed, and subset so a PDF carries only what it uses. The set also
 * answers which characters it can print, for the glyph check before rendering.
 */
public final class FontSet {
    private final List<Path> files;
    private final List<Font> awtFonts;

    private FontSet(List<Path> files, List<Font> awtFonts) {
        this.files = List.copyOf(files);
        this.awtFonts = List.copyOf(awtFonts);
    }

    /** Every .ttf in the folder, sorted by name. */
    public static FontSet load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
                    .sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no .ttf font in " + folder);
        Path realFolder = folder.toRealPath();
        for (Path f : files) {
            if (!f.toRealPath().startsWith(realFolder)) {
                throw new IOException(f.getFileName() + " links to a file outside " + folder + "; copy the font in instead");
            }
        }
        List<Font> awt = new ArrayList<>();
        for (Path f : files) {
            try {
                awt.add(Font.createFont(Font.TRUETYPE_FONT, f.toFile()));
            } catch (FontFormatException e) {
                throw new IOException("not a usable TrueType font: " + f + ": " + e.getMessage(), e);
            }
        }
        return new FontSet(files, awt);
    }

    public List<Path> files() {
        return files;
    }

    /** One font file as CSS would declare it. */
    public record Face(Path file, String family, boolean bold) {
    }

    /** The set as CSS font faces: what a browser needs to show emitted XHTML as the PDF does. */
    public List<Face> faces() {
        List<Face> faces = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Font f = awtFonts.get(i);
            faces.add(new Face(files.get(i), f.getFamily(java.util.Locale.ROOT), f.getFontName(java.util.Locale.ROOT).contains("Bold")));
        }
        return faces;
    }

    /** True when every font of the set has a glyph for the code point (body and bold alike). */
    public boolean canPrint(int codePoint) {
        if (Character.isWhitespace(codePoint)) return true;
        return awtFonts.stream().allMatch(f -> f.canDisplay(codePoint));
    }

    void registerWith(ITextFontResolver resolver) throws IOException {
        for (Path f : files) {
            resolver.addFont(f.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
    }
}
