package org.handouts.web;

import org.handouts.figures.SvgCanvas;

import java.util.List;

/**
 * One exercise picture as the page draws it: inline SVG with a {@code viewBox}, its paths, its
 * caption ("Start") and its text alternative ("Knee rolls: start position").
 */
public record Picture(String caption, String alt, String viewBox, List<SvgCanvas.Path> paths) {
    public Picture {
        paths = List.copyOf(paths);
    }
}
