package org.handouts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** The class: a build that finds another one writing to its output folder waits, then stops with exit 75. */
class OutputBusyTest {

    @Test
    void buildStopsWhenAnotherBuildKeepsWritingToTheOutputFolder(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (FileChannel channel = FileChannel.open(out.resolve(".handouts.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            Cli.Run run = Cli.buildShipped(out, "--wait", "1");

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_BUSY);
            assertThat(run.err()).contains("waiting: another build is writing to ", "/ (up to 1 s)");
            assertThat(run.err().lines().toList().getLast()).startsWith("error: another build is writing to ")
                    .endsWith("/; waited 1 s for it (run again when it has finished, or wait longer with --wait SECONDS)");
        }
        try (var list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly(".handouts.lock");
        }
        Cli.Run after = Cli.buildShipped(out, "--wait", "0");
        assertThat(after.exit()).as(after.toString()).isZero();
    }
}
