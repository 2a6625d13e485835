package org.handouts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands that do not render: check, list, help, and refusing bad command lines. */
class CommandLineTest {
    @TempDir
    Path tmp;

    static long yamlFiles(String folder) throws IOException {
        try (Stream<Path> s = Files.list(Cli.REPO.resolve("content").resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).count();
        }
    }

    private static String[] project(String command, String... more) {
        return Stream.concat(Stream.of(command, "--content", Cli.REPO.resolve("content").toString(),
                "--fonts", Cli.REPO.resolve("fonts").toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void checkOfTheShippedContentCountsWhatItFound() throws IOException {
        Cli.Run run = Cli.run(project("check"));
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).isEqualTo("ok: 1 brands, 3 routines, %d exercises, %d advice blocks, %d sources"
                .formatted(yamlFiles("exercises"), yamlFiles("advice"), yamlFiles("sources")));
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run(project("check", "--out", out.toString()));
        assertThat(run.exit()).isZero();
        assertThat(out).doesNotExist();
    }

    @Test
    void checkAsJsonOfGoodContentIsOkWithNoProblems() throws IOException {
        Cli.Run run = Cli.run(project("check", "--format", "json"));
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("problems").isArray()).isTrue();
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void listNamesEveryExerciseRoutineAndBrand() throws IOException {
        Cli.Run run = Cli.run(project("list"));
        assertThat(run.exit()).as(run.toString()).isZero();
        var library = ShippedContentBuildTest.library();
        assertThat(run.out()).contains("Exercises (" + library.exercises().size() + "):",
                "Routines (" + library.routines().size() + "):", "Brands (" + library.brands().size() + "):");
        String[] lines = run.out().split("\n");
        for (var e : library.exercises().values()) {
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  " + e.id() + " ").contains(e.name(), e.positions().get(0).key()));
        }
        for (var r : library.routines().values()) {
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  " + r.id() + " ").contains(r.title(),
                    r.items().size() + " exercises"));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  riverside ").contains("Riverside Back Care"));
        // Sections in order: exercises, routines, brands.
        assertThat(run.out().indexOf("Exercises (")).isLessThan(run.out().indexOf("Routines (")).isLessThan(run.out().indexOf("Brands ("));
    }

    @Test
    void helpExitsZeroAndNamesTheCommands() {
        Cli.Run run = Cli.run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: handouts", "build", "check", "list", "preview", "Exit codes");
    }

    @Test
    void helpOfACommandDescribesItsOptions() {
        Cli.Run run = Cli.run("help", "build");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--out", "--force", "--shard", "--paper");
        assertThat(Cli.run("build", "--help").exit()).isZero();
    }

    @Test
    void noCommandPrintsUsage() {
        Cli.Run run = Cli.run();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: handouts");
    }

    @Test
    void versionIsPrinted() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("handouts ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("build", "--no-such-option");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(Cli.run("publish").exit()).isEqualTo(2);
    }

    @Test
    void badShardIsAUsageErrorThatWritesNothing() {
        Path out = tmp.resolve("out");
        for (String shard : new String[] {"3/2", "0/2", "1", "a/b", "1/0", "-1/2"}) {
            Cli.Run run = Cli.buildShipped(out, "--shard", shard);
            assertThat(run.exit()).as("--shard " + shard + "\n" + run).isEqualTo(2);
            assertThat(run.err()).as("--shard " + shard).contains("shard");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void badJobsAndPaperAreUsageErrors() {
        Path out = tmp.resolve("out");
        assertThat(Cli.buildShipped(out, "--jobs", "0").exit()).isEqualTo(2);
        assertThat(Cli.buildShipped(out, "--jobs", "many").exit()).isEqualTo(2);
        Cli.Run paper = Cli.buildShipped(out, "--paper", "a5");
        assertThat(paper.exit()).isEqualTo(2);
        assertThat(paper.err()).contains("a5");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownRoutineOrBrandIsAContentErrorThatWritesNothing() {
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.buildShipped(out, "--routine", "beginer", "--brand", "riverside");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("unknown routine 'beginer'").contains("beginner").doesNotContain("at org.");
        assertThat(out).doesNotExist();
    }

    @Test
    void outputFolderInsideTheContentIsRefused() {
        Path out = Cli.REPO.resolve("content").resolve("out-should-not-exist");
        Cli.Run run = Cli.buildShipped(out);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("--out").contains("overlaps");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingContentFolderIsAContentError() {
        Cli.Run run = Cli.run("check", "--content", tmp.resolve("nothing-here").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("content folder not found").doesNotContain("at org.");
    }

    @Test
    void previewWithoutPdfsIsAUsageError() {
        Cli.Run run = Cli.run("preview", "--out", tmp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no PDF to preview");
    }
}
