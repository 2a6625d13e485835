package org.handouts.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body text size, tick-box size and margin, and text contrast are measured on every document's
 * layout; a document that fails is reported by name and nothing is written.
 */
class PrintChecksTest {
    @TempDir
    Path tmp;
    FixtureProject project;
    Path templates;

    @BeforeEach
    void copyProjectAndTemplates() throws IOException {
        project = FixtureProject.copy("neck", tmp.resolve("project"));
        templates = tmp.resolve("templates");
        Path from = Cli.REPO.resolve("templates");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = templates.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        // One exercise done on each side, so the tracker has L and R boxes.
        Path stretch = project.file("exercises/neck-side-stretch.yaml");
        assertThat(Files.readString(stretch)).contains("sides: each");
    }

    private Cli.Run build(String... more) {
        String[] base = {"build", "--content", project.content.toString(), "--templates", templates.toString(),
                "--fonts", Cli.REPO.resolve("fonts").toString(), "--out", project.out.toString()};
        return Cli.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    private void appendCss(String file, String css) throws IOException {
        Files.writeString(templates.resolve(file), Files.readString(templates.resolve(file)) + "\n" + css + "\n");
    }

    @Test
    void theShippedTemplatesPassOnEveryPaperSize() {
        Cli.Run run = build("--paper", "a4,letter", "--variant", "standard,large");
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @Test
    void smallBodyTextIsReportedPerDocument() throws IOException {
        appendCss("base.css", "body { font-size: 10pt; } p, li, td, div, span { font-size: 10pt; }");
        appendCss("tracker.css", "body .grid td.what, body .grid td.what div { font-size: 8pt; }");
        Cli.Run run = build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("harbour/neck-basics-handout.pdf: print: body text is set at 10.0 pt, smaller than 12.0 pt")
                .contains("harbour/neck-basics-tracker.pdf: print: text is set at 8.0 pt in ")
                .contains(" places, smaller than the 9.0 pt allowed (such as ")
                .contains("nothing was written");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void tickBoxesTooSmallOrTouchingTheirCellAreReported() throws IOException {
        appendCss("tracker.css", ".box { width: 4mm; height: 4mm; }");
        Cli.Run small = build();
        assertThat(small.exit()).isEqualTo(1);
        assertThat(small.err()).contains("harbour/neck-basics-tracker.pdf: print: a tick box is 4.8 x 4.8 mm, smaller than 6.0 mm");

        // The L and R boxes as they were before: 8 mm, which reach the cell's rules on US letter.
        Files.copy(Cli.REPO.resolve("templates/tracker.css"), templates.resolve("tracker.css"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        appendCss("tracker.css", ".side + .box { width: 8mm; height: 8mm; }");
        Cli.Run touching = build("--paper", "a4,letter");
        assertThat(touching.exit()).isEqualTo(1);
        assertThat(touching.err()).contains("harbour/neck-basics-tracker-letter.pdf: print: a tick box is")
                .contains("from the edge of its cell, less than the 1.0 mm that keeps it clear of the cell's rule")
                .doesNotContain("harbour/neck-basics-tracker.pdf:");
    }

    @Test
    void textWithTooLittleContrastIsReported() throws IOException {
        appendCss("handout.css", "body h1 { color: #9a9a9a; }");
        Cli.Run run = build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("harbour/neck-basics-handout.pdf: print: text #9a9a9a on #ffffff has a contrast of 2.8:1, "
                + "less than 3.0:1 (\"Neck basics\")");
    }

    @Test
    void largePrintIsCheckedAgainstItsOwnThresholds() throws IOException {
        // 14 pt sources and 10 mm boxes pass in standard print but not in large print.
        appendCss("large.css", ".handout .sources { font-size: 14pt; } .tracker .box, .tracker .side + .box { width: 10mm; height: 10mm; }");
        Cli.Run run = build("--variant", "standard,large");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("harbour/neck-basics-handout-large.pdf: print: text is set at 14.0 pt in ")
                .contains(" places, smaller than the 18.0 pt allowed (such as \"")
                .contains("harbour/neck-basics-tracker-large.pdf: print: a tick box is 11.1 x 11.1 mm, smaller than 12.0 mm "
                        + "(change tracker.css or large.css or the brand's colours)")
                .doesNotContain("neck-basics-handout.pdf:").doesNotContain("neck-basics-tracker.pdf:");
        assertThat(project.out).doesNotExist();
    }
}
