package org.handouts.pdf;

import org.handouts.model.Colour;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.parser.FSColor;
import org.xhtmlrenderer.css.parser.FSRGBColor;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures a laid-out document against {@link PrintRules}: the font size of every run of text (the
 * size with the most characters is the body size), the colour of text against the nearest
 * background behind it, and every tick box ({@code class="box"}) against its table cell. Sizes
 * come from Flying Saucer's layout, so they are what the page prints, whatever the CSS says.
 */
final class PrintCheck {
    private static final float DOTS_PER_POINT = org.xhtmlrenderer.pdf.ITextRenderer.DEFAULT_DOTS_PER_POINT;
    private static final float DOTS_PER_MM = DOTS_PER_POINT * 72f / 25.4f;
    private static final Colour WHITE = new Colour(0xFFFFFF);

    private final PrintRules rules;
    private final Map<Float, Integer> charactersBySize = new TreeMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    /** Text under the smallest size allowed, by size: how many runs, and the first one met. */
    private final Map<Float, String> smallFirst = new TreeMap<>();
    private final Map<Float, Integer> smallCount = new TreeMap<>();

    private PrintCheck(PrintRules rules) {
        this.rules = rules;
    }

    /** What the document fails, one sentence each; empty when it passes. */
    static List<String> of(Box root, PrintRules rules) {
        PrintCheck check = new PrintCheck(rules);
        check.walk(root);
        check.judgeSmallText();
        check.judgeBody();
        return List.copyOf(check.problems);
    }

    private void walk(Box box) {
        if (isTickBox(box.getElement()) && !(box instanceof InlineLayoutBox)) tickBox(box);
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) text(inline, text.getSubstring());
                else if (child instanceof Box b) walk(b);
            }
        }
        for (Box child : box.getChildren()) walk(child);
    }

    private static boolean isTickBox(Element e) {
        if (e == null) return false;
        for (String c : e.getAttribute("class").split("\\s+")) if (c.equals("box")) return true;
        return false;
    }

    private void text(InlineLayoutBox box, String text) {
        int characters = text.strip().codePointCount(0, text.strip().length());
        if (characters == 0) return;
        CalculatedStyle style = box.getStyle();
        float pt = style.getFontSpecification().size() / DOTS_PER_POINT;
        float rounded = Math.round(pt * 10f) / 10f;
        charactersBySize.merge(rounded, characters, Integer::sum);
        if (rounded < rules.minTextPt()) {
            smallFirst.putIfAbsent(rounded, shorten(text));
            smallCount.merge(rounded, 1, Integer::sum);
        }
        Colour ink = colour(style.getColor()).orElse(null);
        if (ink == null) return;
        Colour paper = background(box);
        boolean large = rounded >= 18f || (rounded >= 14f && style.getFontSpecification().fontWeight() != null
                && style.getFontSpecification().fontWeight().toString().matches("bold|bolder|[6-9]00"));
        double needed = large ? rules.minLargeTextContrast() : rules.minContrast();
        double contrast = ink.contrastWith(paper);
        if (contrast < needed) {
            problems.add(String.format(Locale.ROOT, "text %s on %s has a contrast of %.1f:1, less than %.1f:1 (\"%s\")",
                    ink.hex(), paper.hex(), contrast, needed, shorten(text)));
        }
    }

    /** The nearest background colour behind the box: its own or an ancestor's, else the white paper. */
    private static Colour background(Box box) {
        for (Box b = box; b != null; b = b.getParent()) {
            var c = colour(b.getStyle().getBackgroundColor());
            if (c.isPresent()) return c.get();
        }
        return WHITE;
    }

    private static java.util.Optional<Colour> colour(FSColor c) {
        if (c instanceof FSRGBColor rgb && c != FSRGBColor.TRANSPARENT && rgb.getAlpha() > 0f) {
            return java.util.Optional.of(new Colour((rgb.getRed() << 16) | (rgb.getGreen() << 8) | rgb.getBlue()));
        }
        return java.util.Optional.empty();
    }

    private void tickBox(Box box) {
        float width = box.getWidth() / DOTS_PER_MM;
        float height = box.getHeight() / DOTS_PER_MM;
        if (width + 0.05f < rules.minTickMm() || height + 0.05f < rules.minTickMm()) {
            problems.add(String.format(Locale.ROOT, "a tick box is %.1f x %.1f mm, smaller than %.1f mm", width, height,
                    rules.minTickMm()));
        }
        Box cell = box.getParent();
        while (cell != null && !(cell.getElement() != null && "td".equals(cell.getElement().getLocalName()))) cell = cell.getParent();
        if (cell == null) return;
        float left = (box.getAbsX() - cell.getAbsX()) / DOTS_PER_MM;
        float right = (cell.getAbsX() + cell.getWidth() - box.getAbsX() - box.getWidth()) / DOTS_PER_MM;
        float margin = Math.min(left, right);
        if (margin + 0.05f < rules.minTickMarginMm()) {
            problems.add(String.format(Locale.ROOT, "a tick box is %.1f mm from the edge of its cell, less than the %.1f mm "
                    + "that keeps it clear of the cell's rule", Math.max(margin, 0f), rules.minTickMarginMm()));
        }
    }

    private void judgeSmallText() {
        smallFirst.forEach((pt, first) -> problems.add(String.format(Locale.ROOT,
                "text is set at %.1f pt in %d places, smaller than the %.1f pt allowed (such as \"%s\")",
                pt, smallCount.get(pt), rules.minTextPt(), first)));
    }

    private void judgeBody() {
        float body = 0;
        int most = -1;
        for (var e : charactersBySize.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                body = e.getKey();
            }
        }
        if (most > 0 && body < rules.minBodyPt()) {
            problems.add(String.format(Locale.ROOT, "body text is set at %.1f pt, smaller than %.1f pt", body, rules.minBodyPt()));
        }
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 30 ? one : one.substring(0, 27) + "...";
    }

    /** For tests: the characters of text by font size in points. */
    static Map<Float, Integer> sizes(Box root, PrintRules rules) {
        PrintCheck check = new PrintCheck(rules);
        check.walk(root);
        return check.charactersBySize;
    }

}
