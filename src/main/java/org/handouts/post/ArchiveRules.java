package org.handouts.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The PDF/A-2b rules a finished document could break through what goes into it (a clinic's own
 * picture, an imported PDF page), checked on the whole object graph before the file claims
 * conformance: every font embedded, no DeviceCMYK colour space (the output intent is RGB), only
 * the blend modes PDF defines, no LZW compression, no JavaScript, no PostScript or reference
 * XObjects, no image alternates, no transfer functions. {@link #pictureProblems} checks a
 * clinic's PDF picture the same way, and its drawing operators too, before anything is rendered.
 * What PDF/A permits and the pipeline cannot produce wrongly (metadata, output intent, version) is
 * written by {@link PdfFinisher} itself; the tests check everything with veraPDF.
 */
public final class ArchiveRules {
    private static final COSName LZW = COSName.getPDFName("LZWDecode");
    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName PS = COSName.getPDFName("PS");
    private static final COSName TR2 = COSName.getPDFName("TR2");
    private static final COSName ALTERNATES = COSName.getPDFName("Alternates");
    private static final COSName OPI = COSName.getPDFName("OPI");
    private static final COSName REF = COSName.getPDFName("Ref");
    private static final COSName SUBTYPE2 = COSName.getPDFName("Subtype2");
    private static final COSName CHAR_PROCS = COSName.getPDFName("CharProcs");
    private static final COSName PATTERN_TYPE = COSName.getPDFName("PatternType");
    /** The blend modes of ISO 32000-1, 11.3.5: PDF/A-2 allows no others. */
    private static final Set<String> BLEND_MODES = Set.of("Normal", "Compatible", "Multiply", "Screen", "Overlay",
            "Darken", "Lighten", "ColorDodge", "ColorBurn", "HardLight", "SoftLight", "Difference", "Exclusion", "Hue",
            "Saturation", "Color", "Luminosity");
    static final String CMYK = "colours in DeviceCMYK (the output intent is sRGB)";
    /**
     * How much drawing a picture's page may unpack to, all its content streams together. A 2 MiB
     * file of compressed operators could otherwise unpack to gigabytes when checked or rendered.
     */
    static final long MAX_CONTENT_BYTES = 16L * 1024 * 1024;

    private ArchiveRules() {
    }

    /** What in {@code root}'s object graph breaks PDF/A-2b, each once, in a stable order; empty when nothing. */
    public static List<String> problems(COSBase root) {
        List<String> problems = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject ref) item = ref.getObject();
            if (item == null || !seen.add(item)) continue;
            if (item instanceof COSDictionary dict) {
                check(dict, problems);
                for (COSBase value : dict.getValues()) todo.push(value);
            } else if (item instanceof COSArray array) {
                for (COSBase value : array) todo.push(value);
            }
        }
        return problems.stream().distinct().toList();
    }

    private static void check(COSDictionary dict, List<String> problems) {
        COSName type = dict.getCOSName(COSName.TYPE);
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        if (dict instanceof COSStream && usesFilter(dict, LZW)) problems.add("a stream is LZW-compressed");
        if (COSName.FONT.equals(type) && !COSName.TYPE3.equals(subtype) && !COSName.TYPE0.equals(subtype)
                && !isEmbedded(dict)) {
            problems.add("font " + dict.getNameAsString(COSName.BASE_FONT) + " is not embedded");
        }
        COSBase colours = dict.getDictionaryObject(COSName.COLORSPACE);
        if (COSName.IMAGE.equals(subtype) && isCmyk(colours)) {
            problems.add("an image is in DeviceCMYK colours (the output intent is sRGB)");
        } else if (colours instanceof COSDictionary named) { // a resource dictionary's colour spaces
            for (COSBase each : named.getValues()) {
                if (isCmyk(each)) problems.add(CMYK);
            }
        } else if (isCmyk(colours) || isCmyk(dict.getDictionaryObject(COSName.CS))) { // a shading; a transparency group
            problems.add(CMYK);
        }
        blendModes(dict.getDictionaryObject(COSName.BM), problems);
        if (COSName.IMAGE.equals(subtype)) {
            if (dict.containsKey(ALTERNATES)) problems.add("an image has alternates");
            if (dict.containsKey(OPI)) problems.add("an image has OPI comments");
        }
        if (PS.equals(subtype)) problems.add("a PostScript XObject");
        if (COSName.FORM.equals(subtype)) {
            if (dict.containsKey(PS) || PS.equals(dict.getCOSName(SUBTYPE2))) problems.add("a form XObject with PostScript");
            if (dict.containsKey(REF)) problems.add("a reference XObject");
            if (dict.containsKey(OPI)) problems.add("a form XObject has OPI comments");
        }
        if (JAVA_SCRIPT.equals(dict.getCOSName(COSName.S)) || dict.containsKey(COSName.JS) || dict.containsKey(JAVA_SCRIPT)) {
            problems.add("JavaScript");
        }
        if (dict.containsKey(COSName.TR)) problems.add("a transfer function (TR)");
        COSBase tr2 = dict.getDictionaryObject(TR2);
        if (tr2 != null && !COSName.DEFAULT.equals(tr2)) problems.add("a transfer function (TR2)");
    }

    /**
     * Whether a colour space is DeviceCMYK or builds on it: an indexed, separation, DeviceN or
     * pattern space over it. (An ICC-based CMYK space is device independent and allowed.)
     */
    private static boolean isCmyk(COSBase space) {
        if (space instanceof COSObject ref) space = ref.getObject();
        if (space instanceof COSName name) return COSName.DEVICECMYK.equals(name) || COSName.getPDFName("CMYK").equals(name);
        if (!(space instanceof COSArray array) || array.size() < 2) return false;
        COSBase family = array.getObject(0);
        if (COSName.INDEXED.equals(family) || COSName.PATTERN.equals(family)) return isCmyk(array.get(1));
        if (COSName.SEPARATION.equals(family) || COSName.DEVICEN.equals(family)) return array.size() > 2 && isCmyk(array.get(2));
        return false;
    }

    private static void blendModes(COSBase mode, List<String> problems) {
        if (mode instanceof COSObject ref) mode = ref.getObject();
        if (mode instanceof COSArray modes) {
            for (COSBase each : modes) blendModes(each, problems);
        } else if (mode instanceof COSName name && !BLEND_MODES.contains(name.getName())) {
            problems.add("blend mode " + name.getName() + ", which PDF does not define");
        }
    }

    /**
     * What in the first page of a clinic's PDF picture would break PDF/A-2b once the page is
     * imported into a handout: the object-graph rules above on what importing copies (the page's
     * resources, inherited ones included, and its contents; not its annotations, actions or the
     * rest of the file), and DeviceCMYK colours set by drawing operators ({@code k}, {@code K},
     * {@code cs}, inline images) in the page and in every form, tiling pattern and Type 3 glyph it
     * uses. Each problem once, in a stable order; empty when the page is fit for an archival
     * handout. Throws IOException for a file PDFBox cannot read.
     */
    public static List<String> pictureProblems(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            COSDictionary imported = new COSDictionary();
            imported.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents != null) imported.setItem(COSName.CONTENTS, contents);
            List<String> problems = new ArrayList<>(problems(imported));
            long[] budget = {MAX_CONTENT_BYTES};
            for (COSStream drawing : drawings(imported)) {
                if (!readDrawing(drawing, budget, problems)) {
                    problems.add("drawing operators that unpack to more than " + MAX_CONTENT_BYTES / (1024 * 1024) + " MiB");
                    break;
                }
            }
            return problems.stream().distinct().toList();
        }
    }

    /** The content streams reachable from {@code root}: page contents, forms, tiling patterns, Type 3 glyphs. */
    private static List<COSStream> drawings(COSDictionary root) {
        List<COSStream> drawings = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        COSBase contents = root.getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream one) drawings.add(one);
        if (contents instanceof COSArray several) {
            for (COSBase each : several) {
                if ((each instanceof COSObject o ? o.getObject() : each) instanceof COSStream stream) drawings.add(stream);
            }
        }
        todo.push(root.getDictionaryObject(COSName.RESOURCES));
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject ref) item = ref.getObject();
            if (item == null || !seen.add(item)) continue;
            if (item instanceof COSDictionary dict) {
                if (item instanceof COSStream stream && (COSName.FORM.equals(dict.getCOSName(COSName.SUBTYPE))
                        || dict.getInt(PATTERN_TYPE) == 1)) {
                    drawings.add(stream);
                }
                if (dict.getDictionaryObject(CHAR_PROCS) instanceof COSDictionary glyphs) {
                    for (COSBase glyph : glyphs.getValues()) {
                        if ((glyph instanceof COSObject o ? o.getObject() : glyph) instanceof COSStream stream) drawings.add(stream);
                    }
                }
                for (COSBase value : dict.getValues()) todo.push(value);
            } else if (item instanceof COSArray array) {
                for (COSBase value : array) todo.push(value);
            }
        }
        return drawings.stream().distinct().toList();
    }

    /** Scans one content stream for DeviceCMYK colours; false when it unpacks to more than the budget left. */
    private static boolean readDrawing(COSStream drawing, long[] budget, List<String> problems) throws IOException {
        byte[] bytes;
        try (InputStream in = drawing.createInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget[0] + 1));
        }
        budget[0] -= bytes.length;
        if (budget[0] < 0) return false;
        PDFStreamParser parser = new PDFStreamParser(bytes);
        COSBase last = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                String name = op.getName();
                boolean cmyk = name.equals("k") || name.equals("K")
                        || ((name.equals("cs") || name.equals("CS")) && isCmyk(last))
                        || (name.equals("BI") && op.getImageParameters() != null && isCmyk(inlineColours(op.getImageParameters())));
                if (cmyk) problems.add(CMYK);
                last = null;
            } else if (token instanceof COSBase operand) {
                last = operand;
            }
        }
        return true;
    }

    private static COSBase inlineColours(COSDictionary image) {
        COSBase space = image.getDictionaryObject(COSName.CS);
        return space != null ? space : image.getDictionaryObject(COSName.COLORSPACE);
    }

    private static boolean usesFilter(COSDictionary stream, COSName filter) {
        COSBase f = stream.getDictionaryObject(COSName.FILTER);
        if (filter.equals(f)) return true;
        if (f instanceof COSArray array) {
            for (COSBase each : array) {
                if (filter.equals(each instanceof COSObject o ? o.getObject() : each)) return true;
            }
        }
        return false;
    }

    /** A simple font, or a CID font under a Type0 one, whose descriptor carries its font program. */
    private static boolean isEmbedded(COSDictionary font) {
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor == null) return false;
        return descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
                || descriptor.containsKey(COSName.FONT_FILE3);
    }
}
