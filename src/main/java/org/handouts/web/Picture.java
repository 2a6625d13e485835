package org.handouts.web;

import org.handouts.figures.SvgCanvas;

import java.util.List;

/** One drawn exercise picture as the page draws it: inline SVG with a {@code viewBox} and its paths. */
public record Picture(String viewBox, List<SvgCanvas.Path> paths) {
    public Picture {
        paths = List.copyOf(paths);
    }
}
