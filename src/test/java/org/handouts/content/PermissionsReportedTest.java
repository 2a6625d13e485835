package org.handouts.content;

import org.handouts.model.FileErrors;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Class: a file-system refusal misreported. A folder the system will not let us read is one
 * problem saying what the system said ("permission denied"), not a missing folder for each kind of
 * content, nor an unknown id for every reference into it. The refusal is injected, so the tests
 * hold when they run as root (who may read anything); the variants that ask the real system are
 * skipped then.
 */
class PermissionsReportedTest {
    @TempDir
    Path project;

    /** A lister that refuses {@code refused} as the system does for a folder without read permission. */
    private static FolderScan.Lister refusing(Path refused) {
        return folder -> {
            if (folder.toAbsolutePath().normalize().endsWith(refused)) throw new AccessDeniedException(folder.toString());
            return FolderScan.FILE_SYSTEM.list(folder);
        };
    }

    private List<String> problemsWith(FolderScan.Lister lister) {
        ContentLoader loader = new ContentLoader(project.resolve("content"), project, ContentFixtures.PRINTABLE, new org.handouts.pdf.PdfInspector(), lister);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, loader::load);
        assertThat(e).as("the content should be refused").isNotNull();
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void anUnreadableContentFolderIsOneProblemSayingPermissionDenied() {
        ContentFixtures.copyBase(project);
        assertThat(problemsWith(refusing(Path.of("content")))).containsExactly(
                "content: cannot read the content folder: permission denied (check the folder's permissions)");
    }

    @Test
    void anUnreadableExercisesFolderIsOneProblemWithoutFollowOnUnknownExercises() {
        ContentFixtures.copyBase(project);
        assertThat(problemsWith(refusing(Path.of("content", "exercises")))).containsExactly(
                "content/exercises: cannot read the folder: permission denied (check the folder's permissions)");
    }

    @Test
    void theSystemsReasonIsNamedForEveryKindOfRefusal() {
        assertThat(FileErrors.reason(new AccessDeniedException("/x/out"))).isEqualTo("permission denied");
        assertThat(FileErrors.reason(new FileSystemException("/x/out", null, "Read-only file system"))).isEqualTo("read-only file system");
        assertThat(FileErrors.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(FileErrors.describe(new AccessDeniedException(project.resolve("out/a.pdf").toString()), project))
                .isEqualTo("permission denied: out/a.pdf");
    }

    @Test
    void anUnreadableFolderOnTheRealFileSystem() throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path exercises = content.resolve("exercises");
        Files.setPosixFilePermissions(exercises, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(exercises), "running as root: the system lets every folder be read");
            assertThat(problemsWith(FolderScan.FILE_SYSTEM)).containsExactly(
                    "content/exercises: cannot read the folder: permission denied (check the folder's permissions)");
            Files.setPosixFilePermissions(exercises, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("---------"));
            assertThat(problemsWith(FolderScan.FILE_SYSTEM)).containsExactly(
                    "content: cannot read the content folder: permission denied (check the folder's permissions)");
        } finally {
            Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(exercises, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
