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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackLoaderTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static Library library;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadShippedContent() {
        library = new ContentLoader(REPO.resolve("content"), REPO, cp -> true).load();
    }

    @Test
    void readsAPackAndAppliesItsDoseChangesOnTopOfTheRoutine() throws IOException {
        Pack pack = load("jane.yaml", """
                patient: Jane Example
                brand: riverside
                routine: beginner
                start: 2026-11-30
                notes: [Start gently.]
                doses:
                  side-bending: { reps: 2 }
                """);
        assertThat(pack.id()).isEqualTo("jane");
        assertThat(pack.weeks()).isEqualTo(4);
        assertThat(pack.start()).isEqualTo(LocalDate.of(2026, 11, 30));
        var routine = pack.personalise(library.requireRoutine("beginner"));
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
                weeks: 13
                """))
                .isInstanceOf(InvalidContentException.class)
                .extracting(e -> ((InvalidContentException) e).problems().stream().map(Problem::format).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(
                        "bad.yaml:3:10: routine: unknown routine 'beginer' (did you mean 'beginner'?)",
                        "bad.yaml:4:8: start: 2026-12-02 is a Wednesday, not a Monday (tracking sheets run Monday to Sunday: use 2026-11-30)",
                        "bad.yaml:5:8: weeks: must be at most 12 (found 13)");
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

    private Pack load(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return new PackLoader(dir, cp -> true).load(file, library);
    }
}
