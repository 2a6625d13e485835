package org.handouts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    /** The project folder: Maven runs tests from it. */
    static final Path REPO = Path.of("").toAbsolutePath();

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code handouts build} of the shipped content, templates and fonts into {@code out}. */
    static Run buildShipped(Path out, String... more) {
        String[] base = {"build", "--content", REPO.resolve("content").toString(), "--templates",
                REPO.resolve("templates").toString(), "--fonts", REPO.resolve("fonts").toString(), "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }
}
