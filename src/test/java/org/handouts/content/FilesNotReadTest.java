package org.handouts.content;

import org.handouts.model.Library;
import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class: a file in a content folder that is silently skipped. Every entry of a content folder is
 * read, or named by the content (a logo), or hidden, or reported: a name that looks like YAML but
 * is not spelt .yaml is an error (its content would be missing without a word); anything else is
 * a warning. The error cases are pinned in the corpus (invalid/yaml-extension-wrong-case).
 */
class FilesNotReadTest {
    @TempDir
    Path project;

    @Test
    void everyFileThatIsNotReadIsAWarningExceptHiddenOnesAndTheFilesTheContentNames() throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Files.writeString(content.resolve("exercises/notes.txt"), "to do");
        Files.writeString(content.resolve("exercises/knee-rolls.yaml~"), "backup");
        Files.copy(content.resolve("brands/logo.png"), content.resolve("brands/old-logo.png"));
        Files.copy(content.resolve("brands/logo.png"), content.resolve("exercises/knee-rolls-start.JPG"));
        Files.createDirectories(content.resolve("routines/drafts"));
        Files.writeString(content.resolve("brands/.DS_Store"), "x");
        Files.writeString(content.resolve("sources/.gitkeep"), "");
        Files.writeString(content.resolve("advice/.stop.yaml.swp"), "x");

        Library library = ContentFixtures.loader(project).load();

        assertThat(library.warnings()).extracting(Problem::formatAsWarning).containsExactly(
                "content/brands/old-logo.png: warning: is not used: no brand names it (name it in the file that shows it, or remove it)",
                "content/exercises/knee-rolls-start.JPG: warning: is not used: no exercise names it (name it in the file that shows it, or remove it)",
                "content/exercises/knee-rolls.yaml~: warning: is not read: only .yaml files and the pictures they name are (move it out of content/)",
                "content/exercises/notes.txt: warning: is not read: only .yaml files and the pictures they name are (move it out of content/)",
                "content/routines/drafts: warning: is a folder that is not read (keep only .yaml files and the pictures they name here; move it out of content/)");
    }

    @Test
    void aLogoInAFolderOfItsOwnIsNamedSoNeitherItNorItsFolderIsReported() throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Files.createDirectories(content.resolve("brands/logos"));
        Files.move(content.resolve("brands/logo.png"), content.resolve("brands/logos/clinic.png"));
        Path brand = content.resolve("brands/clinic.yaml");
        Files.writeString(brand, Files.readString(brand).replace("logo: logo.png", "logo: logos/clinic.png"));

        assertThat(ContentFixtures.loader(project).load().warnings()).isEmpty();
    }

    @Test
    void whileTheContentHasErrorsNoFileIsCalledUnusedForABrandThatFailedToLoad() throws IOException {
        Path content = ContentFixtures.copyBase(project);
        Path brand = content.resolve("brands/clinic.yaml");
        Files.writeString(brand, Files.readString(brand).replaceFirst("(?m)^name: .*$", "name: ''"));

        var e = org.junit.jupiter.api.Assertions.assertThrows(org.handouts.model.InvalidContentException.class,
                () -> ContentFixtures.loader(project).load());
        assertThat(e.problems()).extracting(Problem::field).containsExactly("name");
        assertThat(e.warnings()).isEmpty();
    }
}
