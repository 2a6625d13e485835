package org.handouts.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgCanvasTest {

    @Test
    void writesPathDataWithNumbersRoundedToOneDecimal() {
        SvgCanvas canvas = new SvgCanvas();
        canvas.moveTo(1.0, 2.05);
        canvas.lineTo(10.123456, -0.0001);
        canvas.curveTo(1.5, 2.24, 3.10, 4, 5.96, -6.04);
        canvas.closePath();
        canvas.fill(0x0f4c5c);

        assertThat(canvas.paths()).containsExactly(
                new SvgCanvas.Path("M 1 2.1 L 10.1 0 C 1.5 2.2 3.1 4 6 -6 Z", "#0f4c5c", null, null));
    }

    @Test
    void aStrokeHasNoFillAndEachPaintStartsANewPath() {
        SvgCanvas canvas = new SvgCanvas();
        canvas.moveTo(0, 0);
        canvas.lineTo(3, 4);
        canvas.stroke(0xE07A2E, 2.5);
        canvas.circle(10, 10, 2);
        canvas.fill(0);

        assertThat(canvas.paths()).hasSize(2);
        assertThat(canvas.paths().get(0)).isEqualTo(new SvgCanvas.Path("M 0 0 L 3 4", "none", "#e07a2e", "2.5"));
        assertThat(canvas.paths().get(1).d()).startsWith("M 12 10 C 12 11.1 11.1 12 10 12").endsWith("Z");
        assertThat(canvas.paths().get(1).fill()).isEqualTo("#000000");
    }

    @Test
    void refusesCoordinatesThatAreNotNumbers() {
        SvgCanvas canvas = new SvgCanvas();
        assertThatThrownBy(() -> canvas.moveTo(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
