package org.handouts.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of a small project from src/test/resources/projects, with the shipped templates and fonts. */
final class FixtureProject {
    static final Path SOURCE = Cli.REPO.resolve("src/test/resources/projects");

    final Path root;
    final Path content;
    final Path out;

    private FixtureProject(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.out = root.resolve("out");
    }

    /** Copies {@code projects/<name>/content} into {@code target}. */
    static FixtureProject copy(String name, Path target) throws IOException {
        Path from = SOURCE.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new FixtureProject(target);
    }

    String[] args(String command, String... more) {
        return Stream.concat(Stream.of(command, "--content", content.toString(), "--templates",
                Cli.REPO.resolve("templates").toString(), "--fonts", Cli.REPO.resolve("fonts").toString()),
                Stream.of(more)).toArray(String[]::new);
    }

    Cli.Run build(String... more) {
        return Cli.run(args("build", Stream.concat(Stream.of("--out", out.toString()), Stream.of(more)).toArray(String[]::new)));
    }

    Cli.Run check(String... more) {
        return Cli.run(args("check", more));
    }

    Path file(String relative) {
        return content.resolve(relative);
    }

    /** The 1-based line number of the first line containing {@code text}. */
    int lineOf(String relative, String text) throws IOException {
        var lines = Files.readAllLines(file(relative));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new IllegalArgumentException(text + " not in " + relative);
    }

    /** The 1-based column where {@code text} starts on its line. */
    int columnOf(String relative, String text) throws IOException {
        return Files.readAllLines(file(relative)).get(lineOf(relative, text) - 1).indexOf(text) + 1;
    }
}
