package org.handouts.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry point for exercise figures: draws the figures of a set of exercises, in one palette,
 * onto any {@link Canvas}. Immutable and thread-safe; every figure is posed and checked once, when
 * this is made, so drawing one costs only its paths.
 *
 * <p>Documents ask for a figure with the URI {@code figure:<exercise-id>/<start|middle|end>}
 * (see {@link #findRequest}).
 */
public final class Figures {
    /** The scheme of figure URIs, as in {@code figure:knee-rolls/start}. */
    public static final String SCHEME = "figure:";
    private static final Pattern URI = Pattern.compile("figure:([a-z0-9]+(?:-[a-z0-9]+)*)/(start|middle|end)");

    /** A parsed figure URI. */
    public record Request(String exerciseId, Stage stage) {
    }

    private final Map<String, Drawing> drawings;
    private final Palette palette;

    private Figures(Map<String, Drawing> drawings, Palette palette) {
        this.drawings = drawings;
        this.palette = palette;
    }

    /** Poses every figure, keyed by exercise id. */
    public static Figures of(Map<String, Figure> figures, Palette palette) {
        Map<String, Drawing> drawings = new LinkedHashMap<>();
        figures.forEach((id, figure) -> drawings.put(id, Drawing.of(figure)));
        return new Figures(java.util.Collections.unmodifiableMap(drawings), palette);
    }

    /** No figures at all: every figure URI is unknown. */
    public static Figures none() {
        return new Figures(Map.of(), new Palette(0, 0));
    }

    /** The same figures in other colours (the posing is shared). */
    public Figures in(Palette other) {
        return new Figures(drawings, other);
    }

    /**
     * What is wrong with a figure once posed: declared floor contacts that do not touch, parts
     * through the floor, props with no room, an arrow that would not show. Empty when it is fine.
     */
    public static List<Issue> check(Figure figure) {
        return Drawing.of(figure).issues();
    }

    /** The exercise and stage a {@code figure:} URI asks for, if it is well formed. */
    public static Optional<Request> findRequest(String uri) {
        Matcher m = URI.matcher(uri == null ? "" : uri.strip());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Request(m.group(1), Stage.find(m.group(2)).orElseThrow()));
    }

    /** Whether there is a picture for this request (the exercise has a figure with that stage). */
    public boolean has(Request request) {
        Drawing d = drawings.get(request.exerciseId());
        return d != null && d.hasStage(request.stage());
    }

    /** Width over height of an exercise's pictures (all its stages share one frame). */
    public double aspectRatio(String exerciseId) {
        return require(exerciseId).aspectRatio();
    }

    /**
     * Draws one picture scaled to fit a width × height box (in the canvas's units), centred, its
     * floor on the box's bottom edge.
     */
    public void draw(Request request, Canvas canvas, double width, double height) {
        require(request.exerciseId()).paint(request.stage(), canvas, palette, width, height);
    }

    private Drawing require(String id) {
        Drawing d = drawings.get(id);
        if (d == null) throw new IllegalArgumentException("no figure for exercise '" + id + "'");
        return d;
    }
}
