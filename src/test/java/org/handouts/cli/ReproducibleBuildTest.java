package org.handouts.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Identical inputs give identical files, whichever folder, run or shard builds them. */
class ReproducibleBuildTest {
    @TempDir
    static Path root;
    static Map<String, byte[]> first;
    static Map<String, byte[]> second;
    static Cli.Run shard1;
    static Cli.Run shard2;

    @BeforeAll
    static void buildTwiceAndInTwoShards() throws IOException {
        Cli.Run a = Cli.buildShipped(root.resolve("first"), "--booklet");
        Cli.Run b = Cli.buildShipped(root.resolve("second"), "--booklet", "--jobs", "1");
        assertThat(a.exit()).as(a.toString()).isZero();
        assertThat(b.exit()).as(b.toString()).isZero();
        first = Pdfs.files(root.resolve("first"));
        second = Pdfs.files(root.resolve("second"));
        shard1 = Cli.buildShipped(root.resolve("shard-1"), "--booklet", "--shard", "1/2");
        shard2 = Cli.buildShipped(root.resolve("shard-2"), "--booklet", "--shard", "2/2");
    }

    @Test
    void twoBuildsIntoDifferentFoldersGiveByteIdenticalOutputs() {
        assertThat(first.keySet().stream().filter(k -> k.endsWith(".pdf"))).hasSize(9);   // handouts, trackers, booklets
        assertThat(first.keySet().stream().filter(k -> k.endsWith(".html"))).hasSize(4);   // pages and index
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void theManifestIsReproducibleToo() {
        assertThat(first).containsKey("manifest.json");
        assertThat(new String(second.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(first.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void shardsTogetherBuildExactlyTheFullSetWithoutOverlap() throws IOException {
        assertThat(shard1.exit()).as(shard1.toString()).isZero();
        assertThat(shard2.exit()).as(shard2.toString()).isZero();
        Map<String, byte[]> one = Pdfs.outputs(root.resolve("shard-1"));
        Map<String, byte[]> two = Pdfs.outputs(root.resolve("shard-2"));
        assertThat(one.keySet()).doesNotContainAnyElementsOf(two.keySet());
        Set<String> union = new HashSet<>(one.keySet());
        union.addAll(two.keySet());
        assertThat(union).isEqualTo(Pdfs.outputs(root.resolve("first")).keySet());
        one.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.get(path)));
        two.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.get(path)));
    }

    @Test
    void eachShardReportsOnlyItsOwnFiles() throws IOException {
        int n1 = Pdfs.outputs(root.resolve("shard-1")).size();
        int n2 = Pdfs.outputs(root.resolve("shard-2")).size();
        assertThat(shard1.outLines().getLast()).startsWith(n1 + " built, 0 skipped, 0 removed, 0 failed");
        assertThat(shard2.outLines().getLast()).startsWith(n2 + " built, 0 skipped, 0 removed, 0 failed");
        assertThat(shard1.outLines()).hasSize(n1 + 1);
        assertThat(shard2.outLines()).hasSize(n2 + 1);
    }

    @Test
    void eachShardsManifestListsOnlyItsOwnFiles() throws IOException {
        for (String shard : new String[] {"shard-1", "shard-2"}) {
            var manifest = org.handouts.publish.Manifest.read(root.resolve(shard));
            assertThat(manifest.byPath().keySet()).as(shard).isEqualTo(Pdfs.outputs(root.resolve(shard)).keySet());
        }
    }
}
