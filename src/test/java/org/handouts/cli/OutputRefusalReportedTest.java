package org.handouts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Class: a file-system refusal misreported, on the output side (and the templates folder). When the output cannot be
 * written, the one error line says what the system said and which file it concerns, and the
 * build stops there (exit 3). The real "permission denied" needs a user the system refuses, so it
 * is skipped when the tests run as root; the refusal the system gives anyone (a file in the way)
 * always runs.
 */
class OutputRefusalReportedTest {
    @TempDir
    Path tmp;

    @Test
    void anOutputFolderThatIsAFileSaysSo() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        Files.writeString(project.out, "not a folder");
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_FAILED);
        // The build first takes the folder's lock, so the file in the way is the folder itself.
        assertThat(run.err()).isEqualTo("error: cannot write to " + project.out + "/: a file of that name is in the way: "
                + project.out + "\n");
    }

    @Test
    void aReadOnlyOutputFolderSaysPermissionDenied() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        Files.createDirectories(project.out);
        Files.setPosixFilePermissions(project.out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(project.out), "running as root: the system lets every folder be written");
            Cli.Run run = project.build();
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.OUTPUT_FAILED);
            assertThat(run.err()).startsWith("error: cannot write to " + project.out + "/: permission denied: ")
                    .hasLineCount(1);
        } finally {
            Files.setPosixFilePermissions(project.out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anUnreadableTemplatesFolderSaysPermissionDeniedOnce() throws IOException {
        FixtureProject project = FixtureProject.copy("minimal", tmp.resolve("p"));
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        Files.copy(Cli.REPO.resolve("templates/handout.xhtml"), templates.resolve("handout.xhtml"));
        Files.setPosixFilePermissions(templates, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(templates), "running as root: the system lets every folder be read");
            Cli.Run run = Cli.run("check", "--content", project.content.toString(), "--templates", templates.toString(),
                    "--fonts", Cli.REPO.resolve("fonts").toString());
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.INVALID_CONTENT);
            assertThat(run.err()).isEqualTo(templates + ": cannot read the templates folder: permission denied"
                    + " (check the folder's permissions)\n1 problem in 1 file; nothing was written.\n");
        } finally {
            Files.setPosixFilePermissions(templates, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
