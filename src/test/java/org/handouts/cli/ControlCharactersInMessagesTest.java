package org.handouts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.handouts.model.DisplayText;
import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class: control characters in a human-readable message. A name or value shown in a problem, a
 * log line or an error about an option is printed with its control characters escaped, so it can
 * neither forge a line of a CI log (a GitHub "::error" workflow command) nor drive the terminal.
 * JSON output carries the exact name, encoded by JSON's own rules.
 */
class ControlCharactersInMessagesTest {
    @TempDir
    Path tmp;

    static final String WORKFLOW_COMMAND = "x\n::error file=README.md::pwned\n.yaml";

    private static void assertNoForgedLine(Cli.Run run) {
        String all = run.out() + run.err();
        assertThat(all.lines()).as(run.toString()).noneMatch(line -> line.startsWith("::"));
        assertThat(all).as(run.toString()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0085")
                .doesNotContain("\u2028");
    }

    /** The minimal project with an exercise file under each name, and {@code check} run on it. */
    private Cli.Run checkWithExercisesNamed(String format, String... names) throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        for (String name : names) Files.writeString(project.content.resolve("exercises").resolve(name), "name: x\n");
        Cli.Run run = project.check("--format", format);
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertNoForgedLine(run);
        return run;
    }

    @Test
    void aFileNameWithANewlineOrAnEscapeCodeIsShownEscapedInProblems() throws IOException {
        Cli.Run run = checkWithExercisesNamed("text", WORKFLOW_COMMAND, "\u001b[2J\u001b[31mred\u202e.yaml");
        String shownFolder = tmp.resolve("p/content/exercises").toString();
        assertThat(run.err().lines()).contains(
                shownFolder + "/x\\n::error file=README.md::pwned\\n.yaml: file name 'x ::error file=README.md::p...'"
                        + " is not a valid id (use lower-case letters, digits and single hyphens, such as knee-rolls.yaml)",
                shownFolder + "/\\u001b[2J\\u001b[31mred\\u202e.yaml: file name '\\u001b[2J\\u001b[31mred\\u202e.yaml'"
                        + " is not a valid id (use lower-case letters, digits and single hyphens, such as knee-rolls.yaml)");
    }

    @Test
    void jsonCarriesTheExactNameAndStaysValidJson() throws IOException {
        Cli.Run run = checkWithExercisesNamed("json", WORKFLOW_COMMAND, "bidi\u202e\u0085\u007f.yaml");
        Path exercises = tmp.resolve("p/content/exercises");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("problems").findValuesAsText("file")).contains(exercises.resolve(WORKFLOW_COMMAND).toString(),
                exercises.resolve("bidi\u202e\u0085\u007f.yaml").toString());
    }

    @Test
    void valuesInOptionErrorsAndBuildLogLinesAreEscaped() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        Cli.Run paper = project.build("--paper", "a4\n::error::pwned\u001b[0m");
        assertThat(paper.exit()).as(paper.toString()).isEqualTo(ExitCodes.USAGE);
        assertNoForgedLine(paper);
        assertThat(paper.err()).startsWith("unknown paper size 'a4\\n::error::pwned\\u001b[0m' (use a4 or letter)\n");

        Cli.Run brand = project.build("--brand", "x\n::warning::y");
        assertThat(brand.exit()).as(brand.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertNoForgedLine(brand);
        assertThat(brand.err()).contains("command line: --brand: unknown brand 'x\\n::warning::y' (known: clinic)");

        Path out = tmp.resolve("out\n::error::forged\u001b]0;title\u0007");
        Cli.Run built = Cli.run(project.args("build", "--out", out.toString()));
        assertThat(built.exit()).as(built.toString()).isZero();
        assertNoForgedLine(built);
        assertThat(built.out()).contains("built    " + tmp + "/out\\n::error::forged\\u001b]0;title\\u0007/clinic/gentle-handout.pdf");
    }

    @Test
    void problemsAreAlwaysOneLine() {
        Problem p = new Problem("a\nb.yaml", 2, 3, "f\u2028g", "bad '\u001b[1m'\r", "hint\u0000");
        assertThat(p.format()).isEqualTo("a\\nb.yaml:2:3: f\\u2028g: bad '\\u001b[1m'\\r (hint\\u0000)");
        assertThat(DisplayText.escape("plain é ü 中 \uD83D\uDE00")).isEqualTo("plain é ü 中 \uD83D\uDE00");
        assertThat(DisplayText.escape("tag\uDB40\uDC01 lone\uD800")).isEqualTo("tag\\udb40\\udc01 lone\\ud800");
    }

    @Test
    void whateverAMessageForgetsTheOutputStreamsEscape() {
        StringWriter sink = new StringWriter();
        PrintWriter w = new PrintWriter(new EscapingWriter(sink), true);
        w.print("ok\tline \u001b[31mred\u009b \u202eevil \uD83D");
        w.print("\uDE00 emoji split across writes\n");
        w.print("lone \uD83D");
        w.flush();
        assertThat(sink.toString()).isEqualTo("ok\tline \\u001b[31mred\\u009b \\u202eevil \uD83D\uDE00 emoji split across writes\n"
                + "lone \\ud83d");
    }
}
