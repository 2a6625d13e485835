package org.handouts.pdf;

import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.util.XRLog;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders XHTML to PDF bytes. Thread-safe: each call makes its own Flying Saucer renderer and user
 * agent (a reused renderer leaks state between documents); the fonts are shared.
 */
public final class PdfRenderer {
    private final FontSet fonts;
    private final ResourcePolicy policy;
    private final DocumentBuilderFactory xml;
    private final Map<String, ImageResource> images = new ConcurrentHashMap<>();

    public PdfRenderer(FontSet fonts, ResourcePolicy policy) {
        this.fonts = fonts;
        this.policy = policy;
        // Flying Saucer reports through java.util.logging; our own errors say what went wrong.
        XRLog.setLoggingEnabled(false);
        this.xml = hardenedFactory();
    }

    /**
     * Renders one document. {@code baseUri} resolves relative links (the templates folder);
     * {@code source} names the template in messages.
     */
    public byte[] render(String xhtml, String baseUri, String source) {
        Document document = parse(xhtml, source);
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        SafeUserAgent agent = new SafeUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, policy, images);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent);
        try {
            fonts.registerWith(renderer.getFontResolver());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renderer.setDocument(document, baseUri);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.createPDF(out);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("PDF creation failed for " + source, e);
        }
        List<String> refused = agent.refused();
        if (!refused.isEmpty()) {
            throw new InvalidContentException(refused.stream()
                    .map(uri -> new Problem(source, 0, 0, "", "refused to load '" + uri + "'",
                            "documents may use only files under templates/, content/ and fonts/"))
                    .toList());
        }
        return out.toByteArray();
    }

    private Document parse(String xhtml, String source) {
        try {
            DocumentBuilder builder = xml.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new InvalidContentException(new Problem(source, 0, 0, "",
                    "the template produced XML that cannot be read: " + e.getMessage(), "check the template's markup"));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot parse rendered XHTML of " + source, e);
        }
    }

    /** No DTDs, no external entities, no XInclude: rendered XHTML is read as plain markup only. */
    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required security feature", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
