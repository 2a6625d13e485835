package org.handouts.figures;

/**
 * The colours of a figure, derived from a brand's two colours: the body in the primary colour,
 * far-side limbs lighter (mixed with white, never transparent), props in tints of the accent,
 * the movement arrow in the accent itself.
 */
public record Palette(int primary, int accent) {
    static final int WHITE = 0xFFFFFF;

    public Palette {
        if ((primary & ~0xFFFFFF) != 0 || (accent & ~0xFFFFFF) != 0) throw new IllegalArgumentException("not RGB colours");
    }

    /** The colours of one kind of mark. */
    enum Ink {
        BODY, FAR, HALO, FLOOR, MAT, PROP, PROP_LINE, ARROW;
    }

    int rgb(Ink ink) {
        return switch (ink) {
            case BODY -> primary;
            case FAR -> mix(primary, WHITE, 0.5);
            case HALO -> WHITE;
            case FLOOR -> mix(primary, WHITE, 0.55);
            case MAT -> mix(accent, WHITE, 0.8);
            case PROP -> mix(accent, WHITE, 0.55);
            case PROP_LINE -> mix(primary, WHITE, 0.35);
            case ARROW -> accent;
        };
    }

    /** {@code a} moved a fraction {@code t} of the way to {@code b}, channel by channel. */
    static int mix(int a, int b, double t) {
        int r = channel(a >> 16, b >> 16, t), g = channel(a >> 8, b >> 8, t), bl = channel(a, b, t);
        return (r << 16) | (g << 8) | bl;
    }

    private static int channel(int a, int b, double t) {
        a &= 0xFF;
        b &= 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }
}
