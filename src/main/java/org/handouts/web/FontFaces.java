package org.handouts.web;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The font stack as a page carries it: {@code @font-face} rules with each font subset to the
 * characters the page uses and inlined as a base64 data: URI, and the CSS family list. As in the
 * PDFs, a character is set in the first family of the stack that has it (in all its faces), so a
 * fallback family is embedded only when a page uses a character the main face lacks, and then only
 * with those characters. Subsetting (Apache FontBox, which PDFBox uses for the same job) keeps a
 * page at about a fifth of the size the whole fonts would make it. Immutable and thread-safe: each
 * page parses its own copy of a font to subset it.
 */
final class FontFaces {
    /**
     * The tables a subset keeps. The layout tables (GDEF, GPOS, GSUB) are left out: the subsetter
     * renumbers glyphs but copies those tables unchanged, so their kerning and substitutions would
     * point at the wrong glyphs.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca",
            "glyf", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    private final List<WebFont> fonts;
    /** The faces of each family, in stack order. */
    private final Map<String, List<Integer>> families = new LinkedHashMap<>();
    /** The code points each font has a glyph for. */
    private final List<Set<Integer>> coverage = new ArrayList<>();

    FontFaces(List<WebFont> fonts) {
        this.fonts = List.copyOf(fonts);
        for (int i = 0; i < this.fonts.size(); i++) {
            families.computeIfAbsent(this.fonts.get(i).family(), f -> new ArrayList<>()).add(i);
            coverage.add(codePoints(this.fonts.get(i).ttf()));
        }
    }

    /** The CSS font-family list of the stack, main face first, then a generic family. */
    String cssFamilies() {
        StringBuilder css = new StringBuilder();
        for (String family : families.keySet()) css.append(cssString(family)).append(", ");
        return css.append("sans-serif").toString();
    }

    /** The rules for the fonts {@code text} needs, each subset to the characters it is first for. */
    String css(String text) {
        Map<String, Set<Integer>> byFamily = new LinkedHashMap<>();
        families.keySet().forEach(f -> byFamily.put(f, new TreeSet<>()));
        text.codePoints().filter(c -> !Character.isWhitespace(c)).distinct().forEach(c -> {
            for (var family : families.entrySet()) {
                if (family.getValue().stream().allMatch(i -> coverage.get(i).contains(c))) {
                    byFamily.get(family.getKey()).add(c);
                    return;
                }
            }
        });
        StringBuilder css = new StringBuilder();
        for (var family : families.entrySet()) {
            Set<Integer> used = byFamily.get(family.getKey());
            if (used.isEmpty()) continue;
            used.add((int) ' ');
            for (int i : family.getValue()) {
                WebFont font = fonts.get(i);
                css.append("@font-face { font-family: ").append(cssString(font.family()))
                        .append("; src: url(data:font/ttf;base64,")
                        .append(Base64.getEncoder().encodeToString(subset(font.ttf(), used)))
                        .append(") format(\"truetype\"); font-weight: ").append(font.bold() ? "bold" : "normal")
                        .append("; font-style: normal; font-display: block; }\n");
            }
        }
        return css.toString();
    }

    private static Set<Integer> codePoints(byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> covered = new java.util.HashSet<>();
            // The Basic Multilingual Plane and the supplementary planes content can reach.
            for (int c = 0; c <= 0x2FFFF; c++) {
                if (cmap.getGlyphId(c) > 0) covered.add(c);
            }
            return Set.copyOf(covered);
        } catch (IOException e) {
            // The fonts were loaded and checked before any page renders.
            throw new UncheckedIOException("cannot read a font: " + e.getMessage(), e);
        }
    }

    static byte[] subset(byte[] ttf, Set<Integer> codePoints) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset a font: " + e.getMessage(), e);
        }
    }

    /** A CSS string literal: quotes, backslashes, angle brackets and controls escaped. */
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
