package org.handouts.pdf;

import org.handouts.figures.Figures;
import org.handouts.model.InvalidContentException;
import org.handouts.model.OutOfMemory;
import org.handouts.model.Problem;
import org.openpdf.text.ExceptionConverter;
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
    private final GlyphFallback fallback;
    private final ResourcePolicy policy;
    // JAXP factories are not thread-safe; each worker thread keeps its own builder.
    private final ThreadLocal<DocumentBuilder> xml = ThreadLocal.withInitial(PdfRenderer::hardenedBuilder);
    private final Map<String, ImageResource> images = new ConcurrentHashMap<>();

    public PdfRenderer(FontSet fonts, ResourcePolicy policy) {
        this.fonts = fonts;
        this.fallback = new GlyphFallback(fonts);
        this.policy = policy;
        // Flying Saucer reports through java.util.logging; our own errors say what went wrong.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * Renders one document. {@code baseUri} resolves relative links (the templates folder);
     * {@code source} names the template in messages.
     */
    public byte[] render(String xhtml, String baseUri, String source) {
        return render(xhtml, baseUri, source, Figures.none());
    }

    /**
     * Renders one document whose {@code <img class="figure" src="figure:...">} elements are drawn
     * from {@code figures}; a figure URI that names no figure fails the document.
     */
    public byte[] render(String xhtml, String baseUri, String source, Figures figures) {
        return render(xhtml, baseUri, source, figures, null).pdf();
    }

    /** A rendered document and what it fails of the print rules it was checked against. */
    public record Checked(byte[] pdf, List<String> printProblems) {
    }

    /** Renders one document and measures its layout against {@code rules} (see {@link PrintRules}). */
    public Checked renderChecked(String xhtml, String baseUri, String source, Figures figures, PrintRules rules) {
        return render(xhtml, baseUri, source, figures, java.util.Objects.requireNonNull(rules));
    }

    private Checked render(String xhtml, String baseUri, String source, Figures figures, PrintRules rules) {
        Document document = parse(xhtml, source);
        java.util.Set<Integer> missing = fallback.apply(document);
        if (!missing.isEmpty()) {
            // Content is checked when it is loaded; text no font has can only come from the template.
            throw new InvalidContentException(new Problem(source, 0, 0, "", org.handouts.model.Glyphs.describeMissing(missing)
                    + " in no font of the stack and would print as '#'", org.handouts.model.Glyphs.MISSING_HINT));
        }
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        SafeUserAgent agent = new SafeUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, policy, images);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, new StackFontResolver(fonts));
        var shared = renderer.getSharedContext();
        FigureElementFactory figureFactory = new FigureElementFactory(shared.getReplacedElementFactory(), figures,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
        shared.setReplacedElementFactory(figureFactory);
        try {
            fonts.registerWith(renderer.getFontResolver());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        List<String> print;
        try {
            renderer.setDocument(document, baseUri);
            renderer.layout();
            print = rules == null ? List.of() : PrintCheck.of(renderer.getRootBox(), rules);
            renderer.createPDF(out);
        } catch (RuntimeException e) { // OpenPDF's DocumentException is one too
            rethrowOutOfMemory(e);
            // Flying Saucer fails this way on what a template links (an unreadable image, a broken
            // SVG); refused links are reported below with their own message.
            if (!agent.refused().isEmpty()) throw refusedLinks(agent, source);
            throw new InvalidContentException(new Problem(source, 0, 0, "",
                    "could not render the document: " + oneLine(e), "check the images and styles this template uses"));
        }
        if (!agent.refused().isEmpty()) throw refusedLinks(agent, source);
        if (!figureFactory.unknown().isEmpty()) {
            throw new InvalidContentException(figureFactory.unknown().stream().distinct()
                    .map(uri -> new Problem(source, 0, 0, "", "no figure for '" + uri + "'",
                            "write figure:<exercise-id>/<start|middle|end> for an exercise that has a figure with that pose"))
                    .toList());
        }
        return new Checked(out.toByteArray(), print);
    }

    /** OpenPDF's ExceptionConverter hides what it wraps from getCause(): look inside it too. */
    private static void rethrowOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof ExceptionConverter c ? c.getException() : null) {
            OutOfMemory.rethrowFrom(t);
        }
    }

    private static InvalidContentException refusedLinks(SafeUserAgent agent, String source) {
        return new InvalidContentException(agent.refused().stream().distinct()
                .map(uri -> new Problem(source, 0, 0, "", "refused to load '" + uri + "'",
                        "documents may use only files under templates/, content/ and fonts/"))
                .toList());
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private Document parse(String xhtml, String source) {
        try {
            DocumentBuilder builder = xml.get();
            builder.reset();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            // Lines of the rendered XHTML match the template's only before the first loop; a DOCTYPE comes first.
            int line = doctype ? e.getLineNumber() : 0;
            throw new InvalidContentException(new Problem(source, line, 0, "",
                    doctype ? "the template has a DOCTYPE declaration, which is not allowed"
                            : "the template produced XML that cannot be read: " + e.getMessage(),
                    doctype ? "remove the <!DOCTYPE ...> line: DTDs and entities are never loaded"
                            : "check the template's markup around this line"));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot parse rendered XHTML of " + source, e);
        }
    }

    /** No DTDs, no external entities, no XInclude: rendered XHTML is read as plain markup only. */
    private static DocumentBuilder hardenedBuilder() {
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
        try {
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured", e);
        }
    }
}
