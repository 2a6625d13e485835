package org.handouts.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ColourTest {

    @Test
    void parsesHashAndSixHexDigits() {
        assertThat(Colour.findParsed("#0f4c5c")).contains(new Colour(0x0f4c5c));
    }

    @Test
    void parsesUpperCaseAndPrintsLowerCase() {
        Colour c = Colour.findParsed("#ABCDEF").orElseThrow();
        assertThat(c.rgb()).isEqualTo(0xabcdef);
        assertThat(c.hex()).isEqualTo("#abcdef");
    }

    @Test
    void hexKeepsLeadingZeros() {
        assertThat(new Colour(0x00000f).hex()).isEqualTo("#00000f");
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "0f4c5c", "#fff", "#0f4c5", "#0f4c5c0", "#12345g", " #0f4c5c", "#0f4c5c ",
            "#0f4c5c\n", "red", "rgb(1,2,3)", "#0f4c5c;}", "##0f4c5", "#\uff10f4c5c"})
    void refusesAnythingButHashAndSixHexDigits(String text) {
        assertThat(Colour.findParsed(text)).isEmpty();
    }

    @Test
    void rejectsValuesOutsideRgb() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Colour(0x1000000));
        assertThatIllegalArgumentException().isThrownBy(() -> new Colour(-1));
    }

    @Test
    void blackAndWhiteHaveTheExtremeLuminanceAndContrast() {
        assertThat(new Colour(0x000000).luminance()).isCloseTo(0.0, within(1e-9));
        assertThat(new Colour(0xffffff).luminance()).isCloseTo(1.0, within(1e-9));
        assertThat(new Colour(0x000000).contrastWithWhite()).isCloseTo(21.0, within(1e-9));
        assertThat(new Colour(0xffffff).contrastWithWhite()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void greyAtTheWcagAaThresholdIsOnTheRightSides() {
        // #767676 is the lightest grey with 4.5:1 against white; #777777 just fails.
        assertThat(new Colour(0x767676).contrastWithWhite()).isGreaterThanOrEqualTo(4.5).isCloseTo(4.54, within(0.01));
        assertThat(new Colour(0x777777).contrastWithWhite()).isLessThan(4.5);
    }

    @Test
    void greenCountsMoreThanRedAndRedMoreThanBlueInLuminance() {
        double red = new Colour(0xff0000).luminance();
        double green = new Colour(0x00ff00).luminance();
        double blue = new Colour(0x0000ff).luminance();
        assertThat(red).isCloseTo(0.2126, within(1e-4));
        assertThat(green).isCloseTo(0.7152, within(1e-4));
        assertThat(blue).isCloseTo(0.0722, within(1e-4));
    }

    @Test
    void shippedBrandPrimaryIsDarkEnoughForWhiteText() {
        assertThat(Colour.findParsed("#0f4c5c").orElseThrow().contrastWithWhite()).isGreaterThanOrEqualTo(4.5);
    }

    @Property
    void hexRoundTripsEveryColour(@ForAll @IntRange(min = 0, max = 0xFFFFFF) int rgb) {
        Colour c = new Colour(rgb);
        assertThat(c.hex()).matches("#[0-9a-f]{6}");
        assertThat(Colour.findParsed(c.hex())).contains(c);
    }

    @Property
    void contrastIsBetweenOneAndTwentyOne(@ForAll @IntRange(min = 0, max = 0xFFFFFF) int rgb) {
        assertThat(new Colour(rgb).contrastWithWhite()).isBetween(1.0 - 1e-9, 21.0 + 1e-9);
    }

    @Property
    void darkerGreyHasMoreContrast(@ForAll @IntRange(min = 0, max = 254) int level) {
        Colour darker = new Colour(level * 0x010101);
        Colour lighter = new Colour((level + 1) * 0x010101);
        assertThat(darker.contrastWithWhite()).isGreaterThan(lighter.contrastWithWhite());
    }
}
