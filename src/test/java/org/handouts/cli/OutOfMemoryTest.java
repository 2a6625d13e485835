package org.handouts.cli;

import org.handouts.images.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class: running out of memory is reported as that, with the heap's size and how to raise
 * it; never as a damaged file, a content problem or a bug (exit 70), wherever the error is thrown
 * or however a library wraps it.
 */
class OutOfMemoryTest {

    @Test
    void outOfMemoryIsReportedAsSuchWithAHint(@TempDir Path project) throws Exception {
        copy(Cli.REPO.resolve("content"), project.resolve("content"));
        // Within the image budget (16 MiB decoded), far beyond what a 24 MiB heap can render:
        // OpenPDF's image loader wraps the error in its own exceptions.
        Files.write(project.resolve("content/brands/riverside-logo.png"), TestImages.png(1440, 1440, 16, 6, true));

        Process p = new ProcessBuilder(javaBinary(), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--content", project.resolve("content").toString(),
                "--templates", Cli.REPO.resolve("templates").toString(), "--fonts", Cli.REPO.resolve("fonts").toString(),
                "--out", project.resolve("out").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(output.strip().lines().toList()).as(output).containsExactly("error: out of memory (Java heap space): "
                + "the Java heap of 24 MiB was too small for this run (raise it with the environment variable "
                + "HANDOUTS_HEAP, for example HANDOUTS_HEAP=1g ./handouts build, or render fewer documents at once with --jobs 1)");
        assertThat(project.resolve("out")).doesNotExist();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
