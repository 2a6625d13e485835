package org.handouts.content;

import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Content trees for tests. {@code src/test/resources/valid-minimal/} is a small valid content
 * folder; an invalid case under {@code src/test/resources/invalid/<case>/} holds only the files that
 * differ from it, an {@code expected.txt} with the problem lines, and optionally a
 * {@code delete.txt} naming base files (relative to the content folder) to remove.
 */
final class ContentFixtures {
    /** The character the test "fonts" (and the shipped ones) lack, so the glyph check can be exercised: 漢 (CJK). */
    static final int MISSING_GLYPH = 0x6F22;
    /** Fonts that can print everything except {@link #MISSING_GLYPH}. */
    static final IntPredicate PRINTABLE = cp -> cp != MISSING_GLYPH;
    /** Files of a case folder that are about the case, not content. */
    static final List<String> CASE_FILES = List.of("expected.txt", "delete.txt", "README.md");

    private ContentFixtures() {
    }

    /** The project folder (surefire runs in it; a build tool may pass it as basedir). */
    static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir).toAbsolutePath();
    }

    static Path resources() {
        return projectDir().resolve("src/test/resources");
    }

    static Path base() {
        return resources().resolve("valid-minimal");
    }

    static Path invalidCases() {
        return resources().resolve("invalid");
    }

    /** Copies the valid base to {@code project/content} and returns that content folder. */
    static Path copyBase(Path project) {
        Path content = project.resolve("content");
        copyTree(base(), content, List.of());
        return content;
    }

    /** The base with the case's files laid over it and its {@code delete.txt} applied. */
    static Path buildCase(Path caseDir, Path project) throws IOException {
        Path content = copyBase(project);
        copyTree(caseDir, content, CASE_FILES);
        Path delete = caseDir.resolve("delete.txt");
        if (Files.exists(delete)) {
            for (String line : Files.readAllLines(delete)) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                Path target = content.resolve(name).normalize();
                if (!target.startsWith(content)) throw new IllegalArgumentException("delete.txt leaves the content folder: " + name);
                deleteTree(target);
            }
        }
        return content;
    }

    /** Copies a folder's files, keeping their bytes exactly (no line-ending or encoding changes). */
    static void copyTree(Path from, Path to, List<String> skipTopLevel) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() == 1 && skipTopLevel.contains(rel.toString())) continue;
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path target) throws IOException {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("delete.txt names a file that is not in the base: " + target);
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Loads {@code project/content}, showing paths relative to {@code project}, with the build's PDF checks. */
    static ContentLoader loader(Path project) {
        return new ContentLoader(project.resolve("content"), project, PRINTABLE,
                new org.handouts.post.ArchivablePictures(new org.handouts.pdf.PdfInspector()));
    }

    /** The formatted problems of content that must fail to load. */
    static List<String> problemsOf(Path project) {
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> loader(project).load(),
                "the content should have been refused");
        return e.problems().stream().map(Problem::format).toList();
    }
}
