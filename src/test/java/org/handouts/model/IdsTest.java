package org.handouts.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdsTest {

    @ParameterizedTest(name = "accepts \"{0}\"")
    @ValueSource(strings = {"knee-rolls", "a", "9", "a1-b2-c3", "riverside", "x-1"})
    void acceptsLowerCaseLettersDigitsAndSingleHyphens(String id) {
        assertThat(Ids.isSafe(id)).isTrue();
        assertThat(Ids.require(id)).isEqualTo(id);
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"Knee-rolls", "knee--rolls", "-knee", "knee-", "knee rolls", "knee_rolls", "../etc",
            "a/b", "a\\b", "knee.yaml", "..", ".", "caf\u00e9", "\u0661", "knee\n", "\nknee", "knee-rolls\u0000",
            "CON", "k\u0130"})
    void refusesAnythingElse(String id) {
        assertThat(Ids.isSafe(id)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Ids.require(id));
    }

    @Test
    void acceptsSixtyCharactersButNotSixtyOne() {
        assertThat(Ids.isSafe("a".repeat(Ids.MAX_LENGTH))).isTrue();
        assertThat(Ids.isSafe("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
    }

    @Property
    void aSafeIdIsASingleHarmlessPathSegment(@ForAll String candidate) {
        if (!Ids.isSafe(candidate)) return;
        Path p = Path.of(candidate);
        assertThat(p.getNameCount()).isEqualTo(1);
        assertThat(p.normalize().toString()).isEqualTo(candidate);
        assertThat(candidate).doesNotContain("/", "\\", ".", " ");
    }

    @Property
    void idsBuiltFromSafeWordsAreSafe(@ForAll("words") java.util.List<String> words) {
        String id = String.join("-", words);
        assertThat(Ids.isSafe(id)).isEqualTo(!words.isEmpty() && id.length() <= Ids.MAX_LENGTH);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<java.util.List<String>> words() {
        return net.jqwik.api.Arbitraries.strings().withChars("abcxyz0189").ofMinLength(1).ofMaxLength(12)
                .list().ofMaxSize(8);
    }
}
