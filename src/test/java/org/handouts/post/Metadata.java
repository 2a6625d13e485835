package org.handouts.post;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metadata a PDF states twice, read from the information dictionary and from the XMP packet
 * under the same names, so a test can compare them: what PDF/A calls "equivalent".
 */
public final class Metadata {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private Metadata() {
    }

    /** Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ModDate as set. */
    public static Map<String, String> info(PDDocument doc) {
        PDDocumentInformation i = doc.getDocumentInformation();
        Map<String, String> m = new TreeMap<>();
        put(m, "Title", i.getTitle());
        put(m, "Author", i.getAuthor());
        put(m, "Subject", i.getSubject());
        put(m, "Keywords", i.getKeywords());
        put(m, "Creator", i.getCreator());
        put(m, "Producer", i.getProducer());
        put(m, "CreationDate", instant(i.getCreationDate()));
        put(m, "ModDate", instant(i.getModificationDate()));
        return m;
    }

    /** The same fields from the XMP packet (dc:title, dc:creator, ..., xmp:ModifyDate). */
    public static Map<String, String> xmp(PDDocument doc) throws IOException {
        Document x = parse(doc);
        Map<String, String> m = new TreeMap<>();
        put(m, "Title", first(x, DC, "title"));
        put(m, "Author", first(x, DC, "creator"));
        put(m, "Subject", first(x, DC, "description"));
        put(m, "Keywords", first(x, PDF, "Keywords"));
        put(m, "Creator", first(x, XMP, "CreatorTool"));
        put(m, "Producer", first(x, PDF, "Producer"));
        put(m, "CreationDate", date(first(x, XMP, "CreateDate")));
        put(m, "ModDate", date(first(x, XMP, "ModifyDate")));
        return m;
    }

    /** pdfaid:part and pdfaid:conformance, as "2B"; empty when absent. */
    public static String pdfaId(PDDocument doc) throws IOException {
        Document x = parse(doc);
        String part = first(x, PDFAID, "part");
        String conformance = first(x, PDFAID, "conformance");
        return (part == null ? "" : part) + (conformance == null ? "" : conformance);
    }

    private static Document parse(PDDocument doc) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) throw new AssertionError("no XMP metadata stream in the catalog");
        try (InputStream in = metadata.exportXMPMetadata()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("XMP metadata is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The element's text, or that of its first rdf:li (for Alt, Seq and Bag values). */
    private static String first(Document x, String ns, String name) {
        NodeList found = x.getElementsByTagNameNS(ns, name);
        if (found.getLength() == 0) return null;
        Element e = (Element) found.item(0);
        NodeList items = e.getElementsByTagNameNS(RDF, "li");
        return items.getLength() > 0 ? items.item(0).getTextContent() : e.getTextContent();
    }

    private static String instant(Calendar c) {
        return c == null ? null : c.toInstant().toString();
    }

    private static String date(String xmpDate) {
        return xmpDate == null ? null : OffsetDateTime.parse(xmpDate).toInstant().toString();
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) m.put(key, value);
    }

    static Instant parseInstant(String s) {
        return Instant.parse(s);
    }
}
