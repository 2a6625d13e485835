package org.handouts.post;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

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
 * conformance: every font embedded, no DeviceCMYK image (the output intent is RGB), no LZW
 * compression, no JavaScript, no PostScript or reference XObjects, no image alternates, no
 * transfer functions. What PDF/A permits and the pipeline cannot produce wrongly (metadata,
 * output intent, version) is written by {@link PdfFinisher} itself; the tests check everything
 * with veraPDF.
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
        if (COSName.IMAGE.equals(subtype)) {
            if (COSName.DEVICECMYK.equals(dict.getCOSName(COSName.COLORSPACE))) {
                problems.add("an image is in DeviceCMYK colours (the output intent is sRGB)");
            }
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
