package org.handouts.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes every character print in the first font of the stack that has it. Flying Saucer draws a
 * run of text in one font and replaces the characters it lacks with '#', so the text of the page
 * is split here: a run of characters the main face lacks is wrapped in a span naming the fallback
 * family that has them. The document's own styles set the main face for the body and the page
 * margins.
 */
final class GlyphFallback {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final FontSet fonts;

    GlyphFallback(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * Sets the stack's main face on the document and wraps fallback runs; returns the code points
     * that no font of the stack has (they would print as '#').
     */
    Set<Integer> apply(Document document) {
        Set<Integer> missing = new TreeSet<>();
        Element root = document.getDocumentElement();
        Element body = child(root, "body");
        if (body != null) walk(body, missing);
        Element head = child(root, "head");
        if (head != null) head.appendChild(mainFaceStyle(document));
        return missing;
    }

    /**
     * The stack for the body and the page. Margin boxes are left alone: a second rule for a margin
     * box replaces the template's rule for it in Flying Saucer (its content would be lost); what
     * they print is a running element from the body, which inherits the body's font.
     */
    private Element mainFaceStyle(Document document) {
        String families = fonts.cssFamilies();
        String css = "\nbody { font-family: " + families + "; }\n@page { font-family: " + families + "; }\n";
        Element style = document.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.appendChild(document.createTextNode(css));
        return style;
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(name(e))) return e;
        }
        return null;
    }

    private static String name(Element e) {
        String local = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        return local.toLowerCase(Locale.ROOT);
    }

    private void walk(Node node, Set<Integer> missing) {
        List<Node> children = new ArrayList<>();
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) children.add(n);
        for (Node n : children) {
            if (n instanceof Text text && n.getNodeType() == Node.TEXT_NODE) split(text, missing);
            else if (n instanceof Element e && !name(e).equals("style") && !name(e).equals("script")) walk(e, missing);
        }
    }

    /** Replaces a text node by runs, each in the first family that has its characters. */
    private void split(Text text, Set<Integer> missing) {
        String s = text.getData();
        FontSet.Family main = fonts.families().get(0);
        List<String> runs = new ArrayList<>();
        List<FontSet.Family> runFamilies = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        FontSet.Family current = main;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            // Spaces stay in the main face, so word spacing is the same throughout a line.
            FontSet.Family family = main;
            if (!Character.isWhitespace(cp) && !main.has(cp)) {
                var found = fonts.familyFor(cp);
                if (found.isEmpty()) missing.add(cp);
                family = found.orElse(main);
            }
            if (family != current && !run.isEmpty()) {
                runs.add(run.toString());
                runFamilies.add(current);
                run.setLength(0);
            }
            current = family;
            run.appendCodePoint(cp);
        }
        runs.add(run.toString());
        runFamilies.add(current);
        if (runs.size() == 1 && current == main) return;
        Document doc = text.getOwnerDocument();
        Node parent = text.getParentNode();
        for (int r = 0; r < runs.size(); r++) {
            Node piece = doc.createTextNode(runs.get(r));
            if (runFamilies.get(r) != main) {
                Element span = doc.createElementNS(XHTML, "span");
                span.setAttribute("style", "font-family: " + FontSet.cssString(runFamilies.get(r).name()));
                span.appendChild(piece);
                piece = span;
            }
            parent.insertBefore(piece, text);
        }
        parent.removeChild(text);
    }
}
