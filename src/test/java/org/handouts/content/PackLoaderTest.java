package org.handouts.content;

import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.Problem;
import org.handouts.model.Range;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackLoaderTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static Library library;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadShippedContent() {
        library = new ContentLoader(REPO.resolve("content"), REPO, cp -> true, new org.handouts.pdf.PdfInspector()).load();
    }

    @Test
    void readsAPackAndAppliesItsDoseChangesOnTopOfTheRoutine() throws IOException {
        Pack pack = load("rc-1.yaml", """
                patient: Jane Example
                brand: riverside
                routine: beginner
                start: 2026-11-30
                notes: [Start gently.]
                doses:
                  side-bending: { reps: 2 }
                """);
        assertThat(pack.reference()).isEqualTo("rc-1");
        assertThat(pack.weeks()).isEqualTo(4);
        assertThat(pack.start()).isEqualTo(LocalDate.of(2026, 11, 30));
        var routine = pack.stages().get(0).personalise(library.requireRoutine("beginner"), library);
        var item = routine.items().stream().filter(i -> i.exerciseId().equals("side-bending")).findFirst().orElseThrow();
        assertThat(library.requireExercise("side-bending").dose().with(item.dose()).reps()).contains(Range.of(2));
    }

    @Test
    void reportsEveryProblemInThePackFileWithItsPosition() throws IOException {
        assertThatThrownBy(() -> load("bad.yaml", """
                patient: Jane Example
                brand: riverside
                routine: beginer
                start: 2026-12-02
                weeks: 27
                """))
                .isInstanceOf(InvalidContentException.class)
                .extracting(e -> ((InvalidContentException) e).problems().stream().map(Problem::format).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(
                        "bad.yaml:3:10: routine: unknown routine 'beginer' (did you mean 'beginner'?)",
                        "bad.yaml:4:8: start: 2026-12-02 is a Wednesday, not a Monday (weekly sheets run Monday to Sunday: use 2026-11-30 (the Monday before) or 2026-12-07 (the Monday after))",
                        "bad.yaml:5:8: weeks: 27 is too large: the largest allowed is 26 (write a whole number from 1 to 26)");
    }

    @Test
    void rejectsADoseChangeForAnExerciseNotInTheRoutine() throws IOException {
        assertThatThrownBy(() -> load("p.yaml", """
                patient: Jane Example
                brand: riverside
                routine: beginner
                start: 2026-11-30
                doses:
                  plank: { reps: 2 }
                """))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith("p.yaml:6:3: doses.plank: exercise 'plank' is not in routine 'beginner'");
    }

    private static final String HEAD = """
            patient: Jane Example
            reference: rc-7
            brand: riverside
            """;

    /** Issue 8, class 3: dates only from 2000 to 2099, and no date ever crashes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "+999999999-12-27 | start: '+999999999-12-27' is not between 2000-01-01 and 2099-12-31 (check the year: dates are accepted from 2000 to 2099)",
            "0000-01-03       | start: '0000-01-03' is not between 2000-01-01 and 2099-12-31 (check the year: dates are accepted from 2000 to 2099)",
            "9999-12-27       | start: '9999-12-27' is not between 2000-01-01 and 2099-12-31 (check the year: dates are accepted from 2000 to 2099)",
            "2027-02-29       | start: '2027-02-29' is not a real date (February 2027 has 28 days)",
            "2026-13-01       | start: '2026-13-01' has no month 13 (the month is the middle number, 01 to 12)",
            "30/11/2026       | start: '30/11/2026' is not written year-month-day (write it as year-month-day, e.g. 2026-11-30, so that day and month cannot be confused)",
            "soon             | start: 'soon' is not a date (write it as year-month-day, e.g. 2026-11-30)",
    })
    void datesOutsideTheSensibleRangeGetALocatedMessage(String start, String expected) throws IOException {
        assertThat(problems(HEAD + "routine: beginner\nstart: \"" + start + "\"\n")).containsExactly("p.yaml:5:8: " + expected);
    }

    /** Issue 8, class 11: a number outside the range is described as written. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "-99999999999999999999 | weeks: -99999999999999999999 is a negative number: the smallest allowed is 1 (write a whole number from 1 to 26)",
            "99999999999999999999  | weeks: 99999999999999999999 is too large: the largest allowed is 26 (write a whole number from 1 to 26)",
            "0x0C                  | weeks: '0x0C' is a hexadecimal number; only ordinary decimal digits are accepted (write a whole number in ordinary digits, such as 1)",
            "0o14                  | weeks: '0o14' is an octal number; only ordinary decimal digits are accepted (write a whole number in ordinary digits, such as 1)",
            "~                     | weeks: is empty (write a whole number from 1 to 26, or delete the line)",
            "4.5                   | weeks: '4.5' is not a whole number (write a whole number in ordinary digits, such as 1)",
            "1e3                   | weeks: '1e3' is written with an exponent; write the number out in full (write a whole number in ordinary digits, such as 1)",
    })
    void numbersOutsideTheRangeAreDescribedAsWritten(String weeks, String expected) throws IOException {
        assertThat(problems(HEAD + "routine: beginner\nstart: 2026-11-30\nweeks: " + weeks + "\n")).singleElement().asString()
                .matches("p\\.yaml:6:\\d+: " + java.util.regex.Pattern.quote(expected));
    }

    @Test
    void startsOnMondaysAcrossMonthAndYearEndsAndLeapDays() throws IOException {
        Pack pack = load("p.yaml", HEAD + "routine: beginner\nstart: 2028-02-28\nweeks: 2\n");
        assertThat(pack.weekStart(1)).isEqualTo(LocalDate.of(2028, 3, 6));
        assertThat(pack.weekStart(0).plusDays(1)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(load("p.yaml", HEAD + "routine: beginner\nstart: 2026-12-28\n").weekStart(1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(problems(HEAD + "routine: beginner\nstart: 2028-02-29\n")).containsExactly(
                "p.yaml:5:8: start: 2028-02-29 is a Tuesday, not a Monday (weekly sheets run Monday to Sunday: "
                        + "use 2028-02-28 (the Monday before) or 2028-03-06 (the Monday after))");
    }

    @Test
    void addedExerciseJoinsItsPositionGroupAndLeftOutOnesAreGone() throws IOException {
        Pack pack = load("p.yaml", HEAD + """
                start: 2026-11-30
                programme:
                  - routine: beginner
                    weeks: 2
                    leave_out: [knee-hug]
                    add: [squat, plank]
                """);
        var routine = pack.stages().get(0).personalise(library.requireRoutine("beginner"), library);
        var ids = routine.items().stream().map(i -> i.exerciseId()).toList();
        assertThat(ids).doesNotContain("knee-hug");
        // plank (lying on front) goes before the first later position; squat joins the standing group at the end.
        assertThat(ids).containsSubsequence("full-body-stretch", "plank", "bottom-to-heels-stretch");
        assertThat(ids.getLast()).isEqualTo("squat");
    }

    @Test
    void refusesDoseChangesThatWouldContradictThePrintedSteps() throws IOException {
        assertThat(problems(HEAD + """
                routine: beginner
                start: 2026-11-30
                doses:
                  hip-rolling: { sides: each, hold: 5 seconds }
                  side-bending: { time: 2 minutes }
                """)).containsExactly(
                "p.yaml:7:25: doses.hip-rolling.sides: changes the sides of 'hip-rolling' from alternating to each, but its printed "
                        + "steps are written for alternating sides (leave sides as it is, or add a different exercise written for each sides)",
                "p.yaml:7:37: doses.hip-rolling.hold: adds a hold to 'hip-rolling', but its printed steps do not hold a position "
                        + "(change reps instead, or add an exercise that has a hold)",
                "p.yaml:8:25: doses.side-bending.time: turns 'side-bending' into a timed exercise, but its printed steps count "
                        + "repetitions (change reps instead, or add an exercise that is done for a time)");
    }

    @Test
    void stagesMustFollowOnAndNameKnownExercises() throws IOException {
        assertThat(problems(HEAD + """
                start: 2026-11-30
                programme:
                  - routine: beginner
                    weeks: 1-2
                    leave_out: [knee-hug]
                  - routine: standard
                    weeks: 4-5
                    add: [knee-rols]
                """)).containsExactly(
                "p.yaml:10:12: programme[2].weeks: weeks 4-5 do not follow on: this stage starts in week 3 "
                        + "(write weeks: 3-4, or give how many weeks, such as weeks: 2)",
                "p.yaml:11:11: programme[2].add[1]: unknown exercise 'knee-rols' (did you mean 'knee-rolls'?)");
    }

    @Test
    void messagesNeverNameThePatientAndAReferenceMustNotHoldTheName() throws IOException {
        List<String> problems = problems("""
                patient: Jane Smithson
                reference: smithson-1
                brand: Jane Smithson
                routine: beginner
                start: 2026-11-30
                """);
        assertThat(String.join("\n", problems)).doesNotContain("Smithson").contains("[the patient's name]");
        assertThat(problems("""
                patient: Jane Smithson
                reference: rc-smithson
                brand: riverside
                routine: beginner
                start: 2026-11-30
                """)).containsExactly("p.yaml:2:12: reference: contains the patient's name, and it names the output file "
                + "(use the clinic's reference number instead)");
    }

    @Test
    void aPackFileInTheRoutinesFolderGetsOneMessage(@TempDir Path project) throws IOException {
        Path content = project.resolve("content");
        copy(REPO.resolve("content"), content);
        Files.writeString(content.resolve("routines/jane.yaml"), HEAD + "routine: beginner\nstart: 2026-11-30\n");
        assertThatThrownBy(() -> new ContentLoader(content, project, cp -> true, new org.handouts.pdf.PdfInspector()).load())
                .isInstanceOf(InvalidContentException.class)
                .extracting(e -> ((InvalidContentException) e).problems().stream().map(Problem::format).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("content/routines/jane.yaml: this looks like a pack file (it has 'patient:'), not a routine "
                        + "(pack files hold personal data: move it to patients/ and run ./handouts pack patients/jane.yaml)");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    private List<String> problems(String yaml) throws IOException {
        try {
            load("p.yaml", yaml);
            return List.of();
        } catch (InvalidContentException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    private Pack load(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return new PackLoader(dir, cp -> true).load(file, library);
    }
}
