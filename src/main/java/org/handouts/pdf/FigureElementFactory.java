package org.handouts.pdf;

import org.handouts.figures.Figures;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws exercise figures where a document has {@code <img class="figure"
 * src="figure:<exercise-id>/<start|middle|end>" alt="..."/>}, as vector paths painted straight into
 * the page (no image, no raster). The size comes from CSS; when CSS sets only one side, the other
 * follows the figure's own proportions. Every other element goes to Flying Saucer's own factory,
 * so a {@code figure:} URI anywhere else reaches the user agent, which refuses it. One per document.
 */
final class FigureElementFactory implements ReplacedElementFactory {
    /** Without any CSS size a figure is this wide, in CSS pixels. */
    static final int DEFAULT_WIDTH_PX = 160;

    private final ReplacedElementFactory next;
    private final Figures figures;
    private final int dotsPerPixel;
    private final List<String> unknown = new ArrayList<>();

    FigureElementFactory(ReplacedElementFactory next, Figures figures, int dotsPerPixel) {
        this.next = next;
        this.figures = figures;
        this.dotsPerPixel = dotsPerPixel;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e == null || !"img".equals(e.getNodeName()) || !hasClass(e, "figure") || !e.getAttribute("src").startsWith(Figures.SCHEME)) {
            return next.createReplacedElement(c, box, uac, cssWidth, cssHeight);
        }
        String src = e.getAttribute("src");
        Optional<Figures.Request> request = Figures.findRequest(src).filter(figures::has);
        if (request.isEmpty()) {
            unknown.add(src);
            return new FigureElement(null, figures, Math.max(cssWidth, 0), Math.max(cssHeight, 0));
        }
        double ratio = figures.aspectRatio(request.get().exerciseId());
        int w = cssWidth, h = cssHeight;
        if (w < 0 && h < 0) w = DEFAULT_WIDTH_PX * dotsPerPixel;
        if (w < 0) w = (int) Math.round(h * ratio);
        if (h < 0) h = (int) Math.round(w / ratio);
        return new FigureElement(request.get(), figures, w, h);
    }

    private static boolean hasClass(Element e, String name) {
        for (String c : e.getAttribute("class").split("\\s+")) if (c.equals(name)) return true;
        return false;
    }

    /** The {@code figure:} URIs that name no exercise figure, for the error message. */
    List<String> unknown() {
        return List.copyOf(unknown);
    }

    @Override
    public void reset() {
        next.reset();
    }

    @Override
    public void remove(Element e) {
        next.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        next.setFormSubmissionListener(listener);
    }

    /** One figure on the page; paints nothing when its URI was unknown (the document then fails). */
    private static final class FigureElement implements ITextReplacedElement {
        private final Figures.Request request;
        private final Figures figures;
        private final int width;
        private final int height;
        private Point location = new Point(0, 0);

        FigureElement(Figures.Request request, Figures figures, int width, int height) {
            this.request = request;
            this.figures = figures;
            this.width = width;
            this.height = height;
        }

        @Override
        public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
            if (request == null) return;
            org.openpdf.text.Rectangle area = device.createLocalTargetArea(c, box);
            var cb = device.getCurrentPage();
            cb.saveState();
            figures.draw(request, new PdfCanvas(cb, area.getLeft(), area.getTop()), area.getWidth(), area.getHeight());
            cb.restoreState();
        }

        @Override
        public int getIntrinsicWidth() {
            return width;
        }

        @Override
        public int getIntrinsicHeight() {
            return height;
        }

        @Override
        public Point getLocation() {
            return location;
        }

        @Override
        public void setLocation(int x, int y) {
            location = new Point(x, y);
        }

        @Override
        public void detach(LayoutContext c) {
        }

        @Override
        public boolean isRequiresInteractivePaint() {
            return false;
        }

        @Override
        public boolean hasBaseline() {
            return false;
        }

        @Override
        public int getBaseline() {
            return 0;
        }
    }
}
