package org.handouts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which print variants a build makes: each brand's {@code variants:} (standard by default), or
 * {@code --variant} for the run; large print is named {@code -large} so it cannot be mistaken.
 */
class PrintVariantsTest {
    @TempDir
    Path tmp;

    private static List<String> built(Cli.Run run) {
        return run.outLines().stream().filter(l -> l.startsWith("built ") && l.contains(".pdf "))
                .map(l -> l.substring(l.lastIndexOf('/', l.indexOf(".pdf")) + 1, l.indexOf(".pdf") + 4)).sorted().toList();
    }

    @Test
    void repeatedVariantsAreMergedAndEachIsBuiltOnce() throws IOException {
        FixtureProject project = FixtureProject.copy("neck", tmp.resolve("p"));
        Cli.Run run = project.build("--variant", "Large,large", "--variant", "standard,large", "--paper", "a4,letter");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(built(run)).containsExactly(
                "neck-basics-handout-large-letter.pdf", "neck-basics-handout-large.pdf", "neck-basics-handout-letter.pdf",
                "neck-basics-handout.pdf", "neck-basics-tracker-large-letter.pdf", "neck-basics-tracker-large.pdf",
                "neck-basics-tracker-letter.pdf", "neck-basics-tracker.pdf");
    }

    @Test
    void aBrandThatAsksForLargePrintGetsOnlyLargePrintByDefault() throws IOException {
        FixtureProject project = FixtureProject.copy("neck", tmp.resolve("p"));
        Path brand = project.file("brands/harbour.yaml");
        Files.writeString(brand, Files.readString(brand) + "variants: [large]\n");

        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(built(run)).containsExactly("neck-basics-handout-large.pdf", "neck-basics-tracker-large.pdf");

        Cli.Run list = Cli.run(project.args("list"));
        assertThat(list.outLines()).anySatisfy(l -> assertThat(l).startsWith("  harbour ").endsWith("print: large; languages: en"));

        Cli.Run standard = project.build("--variant", "standard");
        assertThat(built(standard)).containsExactly("neck-basics-handout.pdf", "neck-basics-tracker.pdf");
    }

    @Test
    void anUnknownVariantOnTheCommandLineIsRefused() throws IOException {
        FixtureProject project = FixtureProject.copy("neck", tmp.resolve("p"));
        Cli.Run run = project.build("--variant", "standard,huge");

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown variant 'huge' (use standard or large)");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void anUnknownVariantInABrandIsALocatedContentError() throws IOException {
        FixtureProject project = FixtureProject.copy("neck", tmp.resolve("p"));
        Path brand = project.file("brands/harbour.yaml");
        Files.writeString(brand, Files.readString(brand) + "variants: [standard, lrage]\n");
        int line = project.lineOf("brands/harbour.yaml", "variants:");

        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(run.err()).contains("content/brands/harbour.yaml:" + line + ":22: variants[2]: unknown value 'lrage' "
                + "(did you mean 'large'?)");
        assertThat(project.out).doesNotExist();
    }
}
