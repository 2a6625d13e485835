package org.handouts.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheFileAndLeavesNoTemporaryFile() throws IOException {
        OutputFolder out = new OutputFolder(tmp.resolve("out"));
        out.write("clinic/a.pdf", new byte[] {1, 2, 3});
        out.write("clinic/a.pdf", new byte[] {4});
        assertThat(Files.readAllBytes(tmp.resolve("out/clinic/a.pdf"))).containsExactly(4);
        try (Stream<Path> s = Files.list(tmp.resolve("out/clinic"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.pdf");
        }
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"../escape.pdf", "clinic/../../escape.pdf", "/etc/passwd", "", "."})
    void refusesPathsThatLeaveTheFolder(String relative) {
        OutputFolder out = new OutputFolder(tmp.resolve("out"));
        assertThatThrownBy(() -> out.write(relative, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(tmp.resolve("escape.pdf")).doesNotExist();
    }

    @Test
    void refusesASubfolderThatLinksOutside() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Path root = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(root.resolve("clinic"), outside);
        OutputFolder out = new OutputFolder(root);
        assertThatThrownBy(() -> out.write("clinic/a.pdf", new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageContaining("links outside");
        try (Stream<Path> s = Files.list(outside)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void deleteRemovesOnlyInsideTheFolder() throws IOException {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        OutputFolder out = new OutputFolder(Files.createDirectories(tmp.resolve("out")));
        assertThatThrownBy(() -> out.deleteIfHolds("../victim.txt", java.util.Set.of(Hashes.of("keep".getBytes())))).isInstanceOf(IOException.class);
        assertThat(victim).exists();
    }
}
