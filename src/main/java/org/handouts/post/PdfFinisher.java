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
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * Finishes a rendered PDF: document information and language, a stable file id, and font subset
 * tags derived from the subset itself instead of OpenPDF's random ones, so that identical inputs
 * give byte-identical files. Stateless and thread-safe.
 */
public final class PdfFinisher {

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

    private static PDDocument applyInfo(PDDocument doc, DocumentInfo info) throws IOException {
        PDDocumentInformation meta = new PDDocumentInformation();
        meta.setTitle(info.title());
        meta.setAuthor(info.author());
        meta.setSubject(info.subject());
        meta.setKeywords(info.keywords());
        meta.setCreator("handouts");
        meta.setProducer(info.producer());
        info.date().ifPresent(instant -> {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTimeInMillis(instant.toEpochMilli());
            meta.setCreationDate(c);
            meta.setModificationDate(c);
        });
        doc.setDocumentInformation(meta);
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

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    /** Replaces each {@code ABCDEF+Name} subset tag with one computed from the embedded subset. */
    static void renameSubsetTags(PDDocument doc) throws IOException {
        Set<COSDictionary> done = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) continue;
            for (COSName name : resources.getFontNames()) {
                COSBase font = resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
                if (font instanceof COSDictionary dict && done.add(dict)) renameFont(dict);
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
        if (descriptor != null) retag(descriptor, COSName.FONT_NAME, tag);
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
        if (baseName != null) sha.update(baseName.substring(Math.min(7, baseName.length())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
}
