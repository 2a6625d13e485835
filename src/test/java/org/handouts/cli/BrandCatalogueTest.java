package org.handouts.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A brand publishes the routines its catalogue names (every routine by default). */
class BrandCatalogueTest {
    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void twoBrandsTwoRoutines() throws IOException {
        project = FixtureProject.copy("neck", tmp.resolve("project"));
        Files.writeString(project.file("routines/desk-breaks.yaml"), Files.readString(project.file("routines/neck-basics.yaml"))
                .replace("title: Neck basics", "title: Desk breaks"));
        Files.writeString(project.file("brands/quayside.yaml"), Files.readString(project.file("brands/harbour.yaml"))
                .replace("name: Harbour Sports Clinic", "name: Quayside Physio") + "routines:\n  - desk-breaks\n");
    }

    @Test
    void buildPlansOnlyTheRoutinesABrandPublishes() {
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(project.out.resolve("harbour")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("neck-basics-"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("desk-breaks-"));
        assertThat(project.out.resolve("quayside")).isDirectoryContaining(p -> p.getFileName().toString().equals("desk-breaks-handout.pdf"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("neck-basics-"));
    }

    @Test
    void aRoutineTakenOutOfTheCatalogueIsRemovedOnTheNextBuild() throws IOException {
        assertThat(project.build().exit()).isZero();
        Path harbour = project.file("brands/harbour.yaml");
        Files.writeString(harbour, Files.readString(harbour) + "routines: [neck-basics]\n");
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("removed  ").contains("harbour/desk-breaks-handout.pdf");
        assertThat(project.out.resolve("harbour/desk-breaks-handout.pdf")).doesNotExist();
        assertThat(project.out.resolve("harbour/neck-basics-handout.pdf")).exists();
    }

    @Test
    void listShowsEachBrandsCatalogue() {
        Cli.Run run = Cli.run(project.args("list"));
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("  harbour ").endsWith("publishes all routines; print: standard; languages: en"))
                .anySatisfy(l -> assertThat(l).startsWith("  quayside ").endsWith("publishes desk-breaks; print: standard; languages: en"));
    }

    @Test
    void unknownAndWronglyCasedRoutinesInACatalogueAreLocatedProblems() throws IOException {
        Path quayside = project.file("brands/quayside.yaml");
        Files.writeString(quayside, Files.readString(quayside) + "  - neck-basic\n  - Desk-Breaks\n");
        int line = project.lineOf("brands/quayside.yaml", "- neck-basic");
        Cli.Run run = project.check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("brands/quayside.yaml:" + line + ":5: routines[2]: unknown routine 'neck-basic' (did you mean 'neck-basics'?)")
                .contains("brands/quayside.yaml:" + (line + 1) + ":5: routines[3]: 'Desk-Breaks' is not a valid routine id (ids are lower case: did you mean 'desk-breaks'?)");
    }
}
