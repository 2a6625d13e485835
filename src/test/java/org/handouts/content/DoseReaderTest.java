package org.handouts.content;

import org.handouts.model.Amount;
import org.handouts.model.Dose;
import org.handouts.model.Frequency;
import org.handouts.model.Range;
import org.handouts.model.Sides;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The dose: block, read through the loader from the valid base with plank's dose replaced. */
class DoseReaderTest {
    @TempDir
    Path project;

    private void writePlankDose(String dose) throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path plank = content.resolve("exercises/plank.yaml");
        String text = Files.readString(plank);
        String replaced = text.replace("dose:\n  reps: 3\n  hold: 10-30 seconds\n", "dose:\n" + dose.indent(2));
        assertThat(replaced).isNotEqualTo(text);
        Files.writeString(plank, replaced);
    }

    private Dose load(String dose) throws IOException {
        writePlankDose(dose);
        return ContentFixtures.loader(project).load().requireExercise("plank").dose();
    }

    /** The problems, without "content/exercises/plank.yaml:" and the line. */
    private List<String> problems(String dose) throws IOException {
        writePlankDose(dose);
        return ContentFixtures.problemsOf(project).stream()
                .map(p -> p.replaceFirst("^content/exercises/plank\\.yaml:\\d+:\\d+: ", "")).toList();
    }

    @Test
    void aFullDose() throws IOException {
        Dose dose = load("reps: 8-10\nhold: 5 seconds\nsides: each\nsets: 2\nhow_often: twice-daily");
        assertThat(dose.reps()).contains(new Range(8, 10));
        assertThat(dose.hold()).contains(new Amount(new Range(5, 5), Amount.Unit.SECONDS));
        assertThat(dose.time()).isEmpty();
        assertThat(dose.sides()).isEqualTo(Sides.EACH);
        assertThat(dose.sets()).isEqualTo(2);
        assertThat(dose.howOften()).contains(Frequency.TWICE_DAILY);
    }

    @Test
    void defaultsAreBothSidesOneSetAndTheRoutinesFrequency() throws IOException {
        Dose dose = load("reps: 5");
        assertThat(dose.sides()).isEqualTo(Sides.BOTH);
        assertThat(dose.sets()).isEqualTo(1);
        assertThat(dose.howOften()).isEmpty();
        assertThat(dose.hold()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "5        | 5  | 5",
            "'5'      | 5  | 5",
            "8-10     | 8  | 10",
            "8 - 10   | 8  | 10",
            "8–10     | 8  | 10",
            "8 to 10  | 8  | 10",
            "1        | 1  | 1",
            "100      | 100| 100",
            "007      | 7  | 7",
            "10-10    | 10 | 10",
    })
    void repsAreANumberOrARange(String reps, int min, int max) throws IOException {
        assertThat(load("reps: " + reps).reps()).contains(new Range(min, max));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hold: 1 breath        | 1  | 1  | BREATHS",
            "hold: 3 breaths       | 3  | 3  | BREATHS",
            "hold: 5-10 seconds    | 5  | 10 | SECONDS",
            "hold: 5 s             | 5  | 5  | SECONDS",
            "hold: 30 secs         | 30 | 30 | SECONDS",
            "hold: 1 Minute        | 1  | 1  | MINUTES",
            "hold: 10 minutes      | 10 | 10 | MINUTES",
            "hold: 600 seconds     | 600| 600| SECONDS",
            "hold: 10seconds       | 10 | 10 | SECONDS",
    })
    void holdsAreANumberOrRangeAndAUnit(String hold, int min, int max, Amount.Unit unit) throws IOException {
        assertThat(load("reps: 3\n" + hold).hold()).contains(new Amount(new Range(min, max), unit));
    }

    @Test
    void aTimeAloneIsADose() throws IOException {
        Dose dose = load("time: 2 minutes\nsides: each");
        assertThat(dose.reps()).isEmpty();
        assertThat(dose.time()).contains(new Amount(new Range(2, 2), Amount.Unit.MINUTES));
        assertThat(load("time: 60 minutes").time()).map(Amount::maxSeconds).contains(3600);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "reps: 0              | dose.reps: repetitions must be at least 1 (found 0)",
            "reps: -1             | dose.reps: '-1' is a negative number: repetitions must be at least 1 (write a whole number such as 8, or a range such as 8-10)",
            "reps: 0x0C           | dose.reps: '0x0C' is a hexadecimal number; only ordinary decimal digits are accepted (write a whole number such as 8, or a range such as 8-10)",
            "reps: ~              | dose.reps: is empty (write a value after the colon, or delete the line to leave it out)",
            "reps: 0-5            | dose.reps: repetitions must be at least 1 (found 0)",
            "reps: 101            | dose.reps: repetitions must be at most 100 (found 101)",
            "reps: 10-8           | dose.reps: range 10-8 runs backwards (write the smaller number first: 8-10)",
            "reps: 2.5            | dose.reps: '2.5' is not a whole number (write a whole number such as 8, or a range such as 8-10)",
            "reps: eight          | dose.reps: 'eight' is not a whole number or a range (write a whole number such as 8, or a range such as 8-10)",
            "reps: 8-10 times     | dose.reps: '8-10 times' is not a whole number or a range (write a whole number such as 8, or a range such as 8-10)",
            "reps: [8, 10]        | dose.reps: expected text but found a list (write it on one line after the colon)",
            "reps: 3\\nhold: 5     | dose.hold: '5' has no unit (write a number and a unit, such as 5-10 seconds or 1 breath)",
            "reps: 3\\nhold: 601 seconds | dose.hold: a hold must be at most 600 seconds (found 601 seconds)",
            "reps: 3\\nhold: 11 minutes  | dose.hold: a hold must be at most 10 minutes (found 11 minutes)",
            "reps: 3\\nhold: 121 breaths | dose.hold: a hold must be at most 120 breaths (found 121 breaths)",
            "reps: 3\\nhold: 0 seconds   | dose.hold: a hold must be at least 1 (found 0)",
            "reps: 3\\nhold: 30-10 seconds | dose.hold: range 30-10 runs backwards (write the smaller number first: 10-30 seconds)",
            "reps: 3\\nhold: 5 hours     | dose.hold: unknown unit 'hours' (use seconds, minutes or breaths)",
            "reps: 3\\nhold: a while     | dose.hold: 'a while' is not a length of time (write a number and a unit, such as 5-10 seconds or 1 breath)",
            "time: 3601 seconds   | dose.time: a time must be at most 3600 seconds (found 3601 seconds)",
            "time: 2 breaths      | dose.time: a time cannot be counted in breaths (use seconds or minutes, or give reps and a hold in breaths)",
            "time: 2              | dose.time: '2' has no unit (write a number and a unit, such as 2 minutes or 30 seconds)",
            "reps: 3\\nsets: 0     | dose.sets: 0 is too small: the smallest allowed is 1 (write a whole number from 1 to 10)",
            "reps: 3\\nsets: 11    | dose.sets: 11 is too large: the largest allowed is 10 (write a whole number from 1 to 10)",
            "reps: 3\\nsets: -99999999999999999999 | dose.sets: -99999999999999999999 is a negative number: the smallest allowed is 1 (write a whole number from 1 to 10)",
            "reps: 3\\nsets: 0x0C  | dose.sets: '0x0C' is a hexadecimal number; only ordinary decimal digits are accepted (write a whole number in ordinary digits, such as 1)",
            "reps: 3\\nsets: ~     | dose.sets: is empty (write a whole number from 1 to 10, or delete the line)",
            "reps: 3\\nsets: 2-3   | dose.sets: '2-3' is not a number (write a whole number in ordinary digits, such as 1)",
            "reps: 3\\nsides: left | dose.sides: unknown value 'left' (expected one of: both, alternating, each)",
            "reps: 3\\nhow_often: weekly | dose.how_often: unknown value 'weekly' (expected one of: daily, twice-daily, most-days, three-times-a-week)",
            "hold: 5 seconds      | dose: needs 'reps' or 'time' (add how many times, such as reps: 8-10, or how long, such as time: 2 minutes)",
            "tiem: 2 minutes      | dose.tiem: unknown field (did you mean 'time'?)",
    })
    void badDosesAreExplained(String dose, String expected) throws IOException {
        assertThat(problems(dose.replace("\\n", "\n"))).containsExactly(expected);
    }

    @Test
    void aDoseThatIsNotASetOfFields() throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path plank = content.resolve("exercises/plank.yaml");
        Files.writeString(plank, Files.readString(plank).replace("dose:\n  reps: 3\n  hold: 10-30 seconds\n", "dose: 3 times\n"));
        assertThat(ContentFixtures.problemsOf(project)).containsExactly(
                "content/exercises/plank.yaml:9:7: dose: expected a set of fields (name: value) but found text (indent the fields under 'dose:')");
    }

    @Test
    void aRoutineChangesOnlyTheFieldsItGives() throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path routine = content.resolve("routines/beginner.yaml");
        Files.writeString(routine, Files.readString(routine).replace("  - exercise: plank\n",
                "  - exercise: plank\n    dose:\n      reps: 2\n      sets: 3\n"));
        var library = ContentFixtures.loader(project).load();
        var item = library.requireRoutine("beginner").items().get(2);
        Dose own = library.requireExercise("plank").dose();
        Dose patched = own.with(item.dose());
        assertThat(patched.reps()).contains(Range.of(2));
        assertThat(patched.sets()).isEqualTo(3);
        assertThat(patched.hold()).isEqualTo(own.hold()).isEqualTo(Optional.of(new Amount(new Range(10, 30), Amount.Unit.SECONDS)));
    }
}
