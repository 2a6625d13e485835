package org.handouts.web;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code @font-face} rules of one page, each font subset to the characters the page uses and
 * inlined as a base64 data: URI. Subsetting (Apache FontBox, which PDFBox uses for the same job)
 * keeps a page at about a fifth of the size the whole fonts would make it.
 */
final class FontFaces {
    private FontFaces() {
    }

    /** The rules for {@code fonts}, keeping the glyphs of every character in {@code text}. */
    static String css(List<WebFont> fonts, String text) {
        Set<Integer> used = new TreeSet<>();
        text.codePoints().forEach(used::add);
        StringBuilder css = new StringBuilder();
        for (WebFont font : fonts) {
            css.append("@font-face { font-family: ").append(cssString(font.family()))
                    .append("; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(subset(font.ttf(), used)))
                    .append(") format(\"truetype\"); font-weight: ").append(font.bold() ? "bold" : "normal")
                    .append("; font-style: normal; font-display: block; }\n");
        }
        return css.toString();
    }

    /**
     * The tables a subset keeps. The layout tables (GDEF, GPOS, GSUB) are left out: the subsetter
     * renumbers glyphs but copies those tables unchanged, so their kerning and substitutions would
     * point at the wrong glyphs.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca",
            "glyf", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    static byte[] subset(byte[] ttf, Set<Integer> codePoints) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            // The fonts were loaded and checked before any page renders.
            throw new UncheckedIOException("cannot subset a font: " + e.getMessage(), e);
        }
    }

    /** A CSS string literal: quotes, backslashes and line breaks escaped, nothing can end the rule. */
    static String cssString(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c == 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
