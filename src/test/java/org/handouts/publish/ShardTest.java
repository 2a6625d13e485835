package org.handouts.publish;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShardTest {

    @Test
    void parsesIndexOverCount() {
        assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
        assertThat(Shard.parse(" 1 / 2 ")).isEqualTo(new Shard(1, 2));
        assertThat(Shard.parse("2/3")).hasToString("2/3");
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", "1", "1/", "/2", "0/2", "3/2", "1/0", "-1/2", "a/b", "1/2/3", "1.5/2", "99999999999/1"})
    void refusesAnythingButAValidShare(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse(text));
    }

    @Test
    void theWholeIncludesEverything() {
        assertThat(Shard.ALL.includes("anything")).isTrue();
        assertThat(Shard.ALL.includes("")).isTrue();
    }

    @Property
    void everyKeyIsInExactlyOneShard(@ForAll String key, @ForAll @IntRange(min = 1, max = 12) int count) {
        int owners = 0;
        for (int i = 1; i <= count; i++) if (new Shard(i, count).includes(key)) owners++;
        assertThat(owners).isEqualTo(1);
    }

    @Test
    void sharesAreStableAcrossRuns() {
        // FNV-1a of the key: the shard a path lands in must not change between JVMs or releases.
        assertThat(new Shard(1, 2).includes("riverside/beginner-handout.pdf"))
                .isEqualTo(Integer.remainderUnsigned(fnv1a("riverside/beginner-handout.pdf"), 2) == 0);
    }

    @Test
    void manyKeysSpreadOverTheShards() {
        int[] counts = new int[4];
        for (int i = 0; i < 400; i++) {
            for (int s = 1; s <= 4; s++) if (new Shard(s, 4).includes("brand/routine-" + i + "-handout.pdf")) counts[s - 1]++;
        }
        assertThat(java.util.Arrays.stream(counts).boxed().toList()).allSatisfy(c -> assertThat(c).isBetween(60, 140));
    }

    private static int fnv1a(String key) {
        int h = 0x811c9dc5;
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }
}
