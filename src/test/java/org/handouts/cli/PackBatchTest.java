package org.handouts.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code handouts pack --csv}: a clinic's batch, where bad rows are reported and good rows still give packs. */
class PackBatchTest {
    @TempDir
    Path tmp;

    @Test
    void goodRowsGivePacksAndEachBadRowAClearMessageByLineAndColumn() throws IOException {
        Path csv = tmp.resolve("patients.csv");
        // A UTF-8 byte order mark, CRLF line ends, quoted fields (a comma, a doubled quote, a line
        // break), an empty line, a bad date, an unknown routine and a duplicate reference.
        String text = "\uFEFFreference,patient,clinician,start,routine,weeks,brand,notes\r\n"
                + "rc-1,Alice Quotedname,\"Patel, Sam\",2026-11-30,beginner,1,riverside,\"Rest on Sundays.|Say \"\"stop\"\" if it hurts.\"\r\n"
                + "\r\n"
                + "rc-2,Bob Baddate,Sam,2026-02-30,beginner,1,riverside,\r\n"
                + "rc-3,Carol Unknownroutine,Sam,2026-11-30,beginer,1,riverside,\r\n"
                + "RC-1,Dave Duplicate,Sam,2026-11-30,standard,1,riverside,\r\n"
                + "rc-4,\"Erin\r\nTwoline\",Sam,2026-12-28,standard,1,riverside,\r\n";
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Cli.Run run = batch(out, csv, "--jobs", "2");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("patients.csv:4:22: start: '2026-02-30' is not a real date (February 2026 has 28 days)")
                .contains("patients.csv:5:42: routine: unknown routine 'beginer' (did you mean 'beginner'?)")
                .contains("patients.csv:6:1: reference: 'RC-1' is also the reference on line 2, and both would write packs/RC-1.pdf");
        assertThat(run.out()).contains("packs/rc-1.pdf").contains("packs/rc-4.pdf")
                .contains("2 written, 3 rows failed (lines 4, 5, 6) in");
        try (Stream<Path> files = Files.list(out.resolve("packs"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("rc-1.pdf", "rc-4.pdf");
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/rc-1.pdf").toFile())) {
            assertThat(PackCommandTest.text(pdf, 1, 1)).contains("Alice Quotedname").contains("Patel, Sam")
                    .contains("Say \"stop\" if it hurts.").contains("Rest on Sundays.");
            PackCommandTest.assertNoPersonalDataInMetadata(pdf, "Alice", "Quotedname");
        }
        // Log lines and messages name lines and columns, never a patient.
        for (String name : new String[] {"Alice", "Bob", "Carol", "Dave", "Erin", "Quotedname", "Baddate", "Unknownroutine"}) {
            assertThat(run.out() + run.err()).doesNotContain(name);
        }
    }

    @Test
    void aProgrammeColumnNamesAProgrammeFileNextToTheCsv() throws IOException {
        Path csv = tmp.resolve("patients.csv");
        Files.createDirectories(tmp.resolve("programmes"));
        Files.writeString(tmp.resolve("programmes/two-steps.yaml"), """
                programme:
                  - routine: beginner
                    weeks: 1
                  - routine: standard
                    weeks: 1
                    leave_out: [rock-back]
                """);
        Files.writeString(csv, "reference,patient,start,programme,brand\n"
                + "rc-7,Pat Person,2026-11-30,two-steps,riverside\n"
                + "rc-8,Pat Person,2026-11-30,three-steps,riverside\n");
        Cli.Run run = batch(tmp.resolve("out"), csv);
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("patients.csv:3:28: programme: unknown programme 'three-steps'");
        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("out/packs/rc-7.pdf").toFile())) {
            assertThat(PackCommandTest.outline(pdf).keySet()).contains("Week 1 of 2: 30 Nov 2026", "Week 2 of 2: 7 Dec 2026");
            assertThat(PackCommandTest.text(pdf, 1, pdf.getNumberOfPages())).doesNotContain("Rock back");
        }
    }

    @Test
    void aHeaderWithAnUnknownColumnStopsTheBatchBeforeAnythingIsWritten() throws IOException {
        Path csv = tmp.resolve("patients.csv");
        Files.writeString(csv, "reference,patient,start,routine,brand,wekes\nrc-1,Pat,2026-11-30,beginner,riverside,2\n");
        Cli.Run run = batch(tmp.resolve("out"), csv);
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("patients.csv:1:39: unknown column 'wekes' (did you mean 'weeks'?)");
        assertThat(tmp.resolve("out/packs")).doesNotExist();
    }

    private static Cli.Run batch(Path out, Path csv, String... more) {
        Path r = Cli.REPO;
        String[] base = {"pack", "--content", r.resolve("content").toString(), "--templates", r.resolve("templates").toString(),
                "--fonts", r.resolve("fonts").toString(), "--out", out.toString(), "--csv", csv.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Cli.run(all);
    }
}
