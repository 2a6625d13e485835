package org.handouts.publish;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A document's XHTML as {@code build --emit-xhtml} writes it beside the PDF, to open in a browser.
 * The rendered XHTML links the logo (and any other content file) by an absolute {@code file:}
 * URI; here every such link becomes the name of a copy in the same folder. The change is made on
 * the parsed document and written back by an XML serializer, never by editing the text, so a file
 * name or a folder name, whatever it holds, is only ever an escaped attribute value: it cannot
 * add an attribute, break the markup or leave an absolute path behind.
 */
final class BrowserCopy {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private BrowserCopy() {
    }

    /**
     * @param xhtml      the XHTML the PDF was rendered from
     * @param relink     for a {@code file:} URI, the relative name of its copy, or empty when the
     *                   link must be dropped (it points outside what may be copied)
     * @param stylesheet one more stylesheet to link in the head (the @font-face rules a browser needs)
     */
    static String of(String xhtml, Function<String, Optional<String>> relink, String stylesheet) {
        Document doc = parse(xhtml);
        List<Attr> links = new ArrayList<>();
        collectFileLinks(doc.getDocumentElement(), links);
        for (Attr link : links) {
            Optional<String> name = relink.apply(link.getValue().strip());
            if (name.isPresent()) link.setValue(name.get());
            else link.getOwnerElement().removeAttributeNode(link);
        }
        NodeList heads = doc.getElementsByTagNameNS("*", "head");
        if (heads.getLength() > 0) {
            Element css = doc.createElementNS(XHTML, "link");
            css.setAttribute("rel", "stylesheet");
            css.setAttribute("type", "text/css");
            css.setAttribute("href", stylesheet);
            heads.item(0).appendChild(css);
        }
        return serialize(doc);
    }

    /** {@code name} made into a file name that is safe everywhere: only ASCII letters, digits and . _ - */
    static String safeFileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) safe = "_" + safe;
        return safe;
    }

    private static void collectFileLinks(Node node, List<Attr> links) {
        if (node instanceof Element e) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("file:")) links.add(a);
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectFileLinks(child, links);
        }
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // A template may declare a DOCTYPE; no DTD or external entity is ever fetched.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | java.io.IOException e) {
            // The XHTML comes from the template engine in XML mode: it is well-formed, or a bug.
            throw new IllegalStateException("rendered XHTML does not parse: " + e.getMessage(), e);
        }
    }

    private static String serialize(Document doc) {
        try {
            // The JDK's own serializer, whatever else is on the class path (a library that brings
            // Saxon would otherwise change the bytes written, e.g. &#34; for &quot;).
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = factory.newTransformer();
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the XHTML: " + e.getMessage(), e);
        }
    }
}
