package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SOURCE_DATE_EPOCH comes from the environment, so these run the command line in a child JVM. */
class SourceDateEpochTest {
    @TempDir
    Path tmp;

    record Child(int exit, String out, String err, String leakedToStderr) {
    }

    static Child run(String sourceDateEpoch, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                RunWithWriters.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(Cli.REPO.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", sourceDateEpoch);
        pb.environment().remove("CI");
        Process p = pb.start();
        p.getOutputStream().close();
        var stdout = p.getInputStream().readAllBytes();
        var stderr = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = new String(stdout, StandardCharsets.UTF_8);
        int exit = Integer.parseInt(printed.substring(5, printed.indexOf('\n')));
        String out = printed.substring(printed.indexOf("=== OUT\n") + 8, printed.indexOf("=== ERR\n"));
        String err = printed.substring(printed.indexOf("=== ERR\n") + 8);
        return new Child(exit, out, err, new String(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void datesEveryPdfWithSourceDateEpoch() throws Exception {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("project"));
        Child child = run("1767225600", project.args("build", "--out", project.out.toString()));
        assertThat(child.exit()).as(child.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("clinic/gentle-handout.pdf"))) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageErrorPrintedToTheGivenErrorStream() throws Exception {
        Child child = run("yesterday", "check", "--content", Cli.REPO.resolve("content").toString());
        assertThat(child.exit()).as(child.toString()).isEqualTo(2);
        assertThat(child.err()).as(child.toString()).contains("SOURCE_DATE_EPOCH");
        assertThat(child.leakedToStderr()).as("printed around the writers given to Main.run").isEmpty();
    }
}
