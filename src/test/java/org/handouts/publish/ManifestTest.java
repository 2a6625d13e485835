package org.handouts.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestTest {
    @TempDir
    Path tmp;

    static final Manifest.Entry B = new Manifest.Entry("b/x.pdf", "bb", 2, 200, "ib");
    static final Manifest.Entry A = new Manifest.Entry("a/x.pdf", "aa", 1, 100, "ia");

    @Test
    void roundTripsThroughJsonSortedByPath() throws IOException {
        Manifest m = new Manifest("handouts test", List.of(B, A));
        assertThat(m.outputs()).containsExactly(A, B);
        Files.write(tmp.resolve(Manifest.FILE), m.toJson());
        assertThat(Manifest.read(tmp)).isEqualTo(m);
    }

    @Test
    void jsonDoesNotDependOnTheOrderEntriesCameIn() {
        assertThat(new Manifest("g", List.of(A, B)).toJson()).isEqualTo(new Manifest("g", List.of(B, A)).toJson());
    }

    @Test
    void missingOrDamagedManifestReadsAsEmpty() throws IOException {
        assertThat(Manifest.read(tmp).outputs()).isEmpty();
        Files.writeString(tmp.resolve(Manifest.FILE), "[1, 2");
        assertThat(Manifest.read(tmp).outputs()).isEmpty();
        Files.writeString(tmp.resolve(Manifest.FILE), "{\"generator\": \"x\"}");
        assertThat(Manifest.read(tmp).outputs()).isEmpty();
    }

    @Test
    void findsEntriesByPath() {
        Manifest m = new Manifest("g", List.of(A, B));
        assertThat(m.find("b/x.pdf")).contains(B);
        assertThat(m.find("c/x.pdf")).isEmpty();
    }
}
