package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sports clinic with a neck routine (src/test/resources/projects/neck): nothing the program adds
 * to its pages or metadata may assume the shipped lower-back content.
 */
class OtherClinicBuildTest {
    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void copyProject() throws IOException {
        project = FixtureProject.copy("neck", tmp.resolve("project"));
    }

    @Test
    void metadataCarriesTheRoutinesTopicAndNothingAboutBacks() throws IOException {
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        Map<String, byte[]> pdfs = Pdfs.pdfs(project.out);
        assertThat(pdfs.keySet()).containsExactlyInAnyOrder("harbour/neck-basics-handout.pdf", "harbour/neck-basics-tracker.pdf");
        for (String path : pdfs.keySet()) {
            try (PDDocument doc = Pdfs.open(project.out.resolve(path))) {
                PDDocumentInformation info = doc.getDocumentInformation();
                String what = path.endsWith("handout.pdf") ? "Exercise handout" : "Weekly tracking sheet";
                assertThat(info.getTitle()).isEqualTo("Neck basics (Beginner): " + what + " for neck and shoulders");
                assertThat(info.getSubject()).isEqualTo(what + " for neck and shoulders: beginner routine");
                assertThat(info.getKeywords()).startsWith("neck and shoulders, exercise, beginner, ");
                String everything = (Pdfs.text(doc) + " " + info.getTitle() + " " + info.getSubject() + " "
                        + info.getKeywords()).toLowerCase(Locale.ROOT);
                assertThat(everything).as(path).doesNotContain("back", "lumbar", "spine");
            }
        }
    }

    @Test
    void aRoutineWithoutATopicIsALocatedProblem() throws IOException {
        Path routine = project.file("routines/neck-basics.yaml");
        java.nio.file.Files.writeString(routine, java.nio.file.Files.readString(routine).replace("topic: neck and shoulders\n", ""));
        Cli.Run run = project.check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("routines/neck-basics.yaml:1:1: topic: is required (what the routine is for, such as: lower back pain)");
    }
}
