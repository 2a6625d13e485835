package org.handouts.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * Finishes a rendered PDF as PDF/A-2b (ISO 19005-2, level B: reliably reproduced appearance), the
 * one form every output leaves in: PDF 1.7, document information and language, an XMP packet that
 * matches the information dictionary, an sRGB output intent, a stable file id, and font subset
 * tags derived from the subset itself instead of OpenPDF's random ones, so that identical inputs
 * give byte-identical files. Every PDF the program writes goes through here. Stateless and
 * thread-safe.
 */
public final class PdfFinisher {
    /** The PDF version every output declares: PDF/A-2 is based on PDF 1.7. */
    public static final float PDF_VERSION = 1.7f;
    /** PDF/A part and conformance level every output claims (and the tests check with veraPDF). */
    public static final int PDFA_PART = 2;
    public static final String PDFA_CONFORMANCE = "B";

    private static final String SRGB = "sRGB IEC61966-2.1";

    /** A finished PDF and its page count. */
    public record Finished(byte[] bytes, int pages) {
    }

    /** Applies {@code info} to the PDF and returns the finished bytes. */
    public Finished finish(byte[] pdf, DocumentInfo info) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new Finished(save(applyInfo(doc, info)), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish PDF: " + e.getMessage(), e);
        }
    }

    /** Concatenates PDFs (a pack of handout and trackers) and finishes the result. */
    public Finished merge(List<byte[]> parts, DocumentInfo info) {
        try (PDDocument target = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] part : parts) {
                try (PDDocument source = Loader.loadPDF(part)) {
                    merger.appendDocument(target, source);
                }
            }
            return new Finished(save(applyInfo(target, info)), target.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge PDFs: " + e.getMessage(), e);
        }
    }

    /**
     * Imposes a PDF as a saddle-stitched booklet (see {@link Booklet}) and finishes the result;
     * the page count returned is the number of sheet sides.
     */
    public Finished booklet(byte[] pdf, DocumentInfo info) {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument imposed = Booklet.impose(source)) {
            return new Finished(save(applyInfo(imposed, info)), imposed.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot impose booklet: " + e.getMessage(), e);
        }
    }

    static PDDocument applyInfo(PDDocument doc, DocumentInfo info) throws IOException {
        PDDocumentInformation meta = new PDDocumentInformation();
        meta.setTitle(info.title());
        meta.setAuthor(info.author());
        meta.setSubject(info.subject());
        meta.setKeywords(info.keywords());
        meta.setCreator(Xmp.CREATOR);
        meta.setProducer(info.producer());
        info.date().ifPresent(instant -> {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(instant.toEpochMilli());
            meta.setCreationDate(c);
            meta.setModificationDate(c);
        });
        doc.setDocumentInformation(meta);
        declareVersion(doc);
        PDMetadata xmp = new PDMetadata(doc);
        xmp.importXMPMetadata(Xmp.packet(info, PDFA_PART, PDFA_CONFORMANCE).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(xmp);
        addOutputIntent(doc);
        doc.getDocumentCatalog().setLanguage(info.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
        renameSubsetTags(doc);
        COSArray id = new COSArray();
        id.add(new COSString(info.fileId()));
        id.add(new COSString(info.fileId()));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        return doc;
    }

    /**
     * A file that claims PDF/A must be one. Content checks refuse what would break it (with the
     * file and field to fix); reaching this means one of them let something through, a bug.
     * Checked after saving, when PDFBox has embedded the fonts it subsets on save.
     */
    private static void requireArchivable(PDDocument doc, String title) {
        List<String> problems = ArchiveRules.problems(doc.getDocument().getTrailer());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("'" + title + "' would not be PDF/A-2b: " + String.join("; ", problems));
        }
    }

    /**
     * PDF 1.7 in the header and no catalog override. PDFBox's own setter refuses to lower a
     * version, and Flying Saucer's OpenPDF declares 2.0, which PDF/A-2 does not allow.
     */
    private static void declareVersion(PDDocument doc) {
        doc.getDocument().setVersion(PDF_VERSION);
        doc.getDocumentCatalog().getCOSObject().removeItem(COSName.VERSION);
    }

    /**
     * The sRGB output intent PDF/A asks for, so that the device colours the pages use (RGB text
     * and fills, the logo) have a defined meaning. The profile is the JDK's own sRGB profile.
     */
    private static void addOutputIntent(PDDocument doc) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SrgbProfile.BYTES));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /** Loaded once, on first use; the bytes are never handed out for writing. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        doc.save(out);
        requireArchivable(doc, doc.getDocumentInformation().getTitle());
        return out.toByteArray();
    }

    /**
     * Replaces each {@code ABCDEF+Name} subset tag with one computed from the embedded subset, and
     * drops the CIDSet of each CID font: OpenPDF's lists fewer glyphs than the subset holds, which
     * PDF/A-2 forbids, and PDF/A-2 does not require one. Fonts inside form XObjects (figures,
     * imposed booklet pages) are visited too.
     */
    static void renameSubsetTags(PDDocument doc) throws IOException {
        Set<COSDictionary> done = new HashSet<>();
        Set<COSDictionary> visited = new HashSet<>();
        for (PDPage page : doc.getPages()) finishFonts(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), done, visited);
    }

    private static void finishFonts(COSDictionary resources, Set<COSDictionary> done, Set<COSDictionary> visited)
            throws IOException {
        if (resources == null || !visited.add(resources)) return;
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary dict && done.add(dict)) renameFont(dict);
            }
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) return;
        for (COSName name : xobjects.keySet()) {
            if (xobjects.getDictionaryObject(name) instanceof COSStream form
                    && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                finishFonts(form.getCOSDictionary(COSName.RESOURCES), done, visited);
            }
        }
    }

    private static void renameFont(COSDictionary font) throws IOException {
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        COSDictionary descriptorOwner = font;
        if (descendants != null && descendants.size() > 0 && descendants.getObject(0) instanceof COSDictionary cid) {
            descriptorOwner = cid;
        }
        COSDictionary descriptor = descriptorOwner.getCOSDictionary(COSName.FONT_DESC);
        String tag = tagFor(descriptor, font.getNameAsString(COSName.BASE_FONT));
        retag(font, COSName.BASE_FONT, tag);
        if (descriptorOwner != font) retag(descriptorOwner, COSName.BASE_FONT, tag);
        if (descriptor != null) {
            retag(descriptor, COSName.FONT_NAME, tag);
            descriptor.removeItem(COSName.CID_SET);
        }
    }

    private static void retag(COSDictionary dict, COSName key, String tag) {
        String name = dict.getNameAsString(key);
        if (name != null && name.length() > 7 && name.charAt(6) == '+') {
            dict.setName(key, tag + name.substring(6));
        }
    }

    private static String tagFor(COSDictionary descriptor, String baseName) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (baseName != null) sha.update(baseName.substring(Math.min(7, baseName.length())).getBytes(StandardCharsets.UTF_8));
        if (descriptor != null) {
            for (COSName key : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
                if (descriptor.getDictionaryObject(key) instanceof COSStream stream) {
                    try (InputStream in = stream.createRawInputStream()) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
        }
        byte[] digest = sha.digest();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) tag.append((char) ('A' + (digest[i] & 0xFF) % 26));
        return tag.toString();
    }

    /** The number of pages of a PDF. */
    public static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF: " + e.getMessage(), e);
        }
    }

    /** Loads a PDF for reading (page counts, previews); the caller closes it. */
    public static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBuffer(pdf));
    }

    /**
     * The first part of a PDF file's identifier (the trailer's /ID, which {@link #finish} derives
     * from the inputs); empty when the file is no readable PDF or has none.
     */
    public static java.util.Optional<byte[]> findFileId(java.nio.file.Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getDocument().getTrailer().getDictionaryObject(COSName.ID) instanceof COSArray id
                    && id.size() > 0 && id.getObject(0) instanceof COSString first) {
                return java.util.Optional.of(first.getBytes());
            }
            return java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
