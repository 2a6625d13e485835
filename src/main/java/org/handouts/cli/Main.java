package org.handouts.cli;

import org.handouts.model.DisplayText;
import org.handouts.model.FileErrors;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.handouts.publish.BuildListener;
import org.handouts.publish.OutputBusyException;
import org.handouts.publish.UnknownLanguageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The {@code handouts} command: publishes exercise handouts and tracking sheets from YAML content. */
@Command(name = "handouts", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Publishes printable exercise handouts and weekly tracking sheets from YAML content.",
        subcommands = {BuildCommand.class, CheckCommand.class, ListCommand.class, PackCommand.class, FiguresCommand.class,
                PreviewCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:content, templates or fonts have problems (printed as file:line:column)",
                "2:wrong command line", "3:output could not be written", "70:a bug (stack trace printed)",
                "71:out of memory (raise HANDOUTS_HEAP)", "75:another build kept the output folder busy (try again)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, printing to the standard streams. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs with the given output streams: what tests call. Both streams go through an
     * {@link EscapingWriter}, so no control character from a name or value reaches a terminal.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter safeOut = new PrintWriter(new EscapingWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new EscapingWriter(err), true);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(safeOut);
        cli.setErr(safeErr);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
        cli.setParameterExceptionHandler(Main::reportUsage);
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        // An option that takes one value is refused when repeated (picocli's default, stated here
        // because it is a promise); repeated values of a multi-valued one are merged.
        cli.setOverwrittenOptionsAllowed(false);
        cli.setExecutionStrategy(parsed -> {
            RepeatedValues.merge(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli lets errors through. Unwinding freed what the run held, so printing works.
            safeErr.println(outOfMemory(e, Runtime.getRuntime().maxMemory()));
            return ExitCodes.OUT_OF_MEMORY;
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }

    /**
     * A wrong command line: picocli's message (which quotes what was typed, escaped here so it
     * stays one line), then a suggestion for a misspelt option or the usage.
     */
    private static int reportUsage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(DisplayText.escape(ex.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) cli.usage(err);
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Not a bug but a resource: says so, with the heap's size and how to raise it. */
    static String outOfMemory(OutOfMemoryError e, long maxHeapBytes) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
        return "error: out of memory" + what + ": the Java heap of " + (maxHeapBytes / (1024 * 1024))
                + " MiB was too small for this run (raise it with the environment variable HANDOUTS_HEAP, for example "
                + "HANDOUTS_HEAP=1g ./handouts build, or render fewer documents at once with --jobs 1)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** User errors become messages; anything else is a bug and prints its stack trace. */
    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof InvalidContentException invalid) {
            printWarnings(invalid.warnings(), err);
            printProblems(invalid.problems(), err);
            return ExitCodes.INVALID_CONTENT;
        }
        if (ex instanceof UnknownLanguageException unknown) {
            // A mistyped --lang: found only once the bundles are read, still a wrong command line.
            err.println(DisplayText.escape(unknown.getMessage()));
            return ExitCodes.USAGE;
        }
        if (ex instanceof OutputBusyException busy) {
            err.println("error: " + DisplayText.escape(busy.getMessage()));
            return ExitCodes.OUTPUT_BUSY;
        }
        if (ex instanceof UncheckedIOException io) {
            // Wrapped by a stream (Files.walk) rather than by us, the message is only the exception's
            // name and path: say what the system said instead.
            String message = io.getMessage().equals(String.valueOf(io.getCause()))
                    ? FileErrors.describe(io.getCause(), java.nio.file.Path.of("")) : io.getMessage();
            err.println("error: " + DisplayText.escape(message));
            return ExitCodes.OUTPUT_FAILED;
        }
        err.println("internal error: this is a bug in handouts; please report it with the text below.");
        ex.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Warnings, one line each, as {@code file: warning: message (hint)}. */
    static void printWarnings(List<Problem> warnings, PrintWriter err) {
        for (Problem w : warnings) err.println(w.formatAsWarning());
        err.flush();
    }

    /** A listener that prints the content's warnings as the build meets them, and passes the rest on. */
    static BuildListener printingWarnings(PrintWriter err, BuildListener next) {
        return new BuildListener() {
            @Override
            public void planned(int outputs) {
                next.planned(outputs);
            }

            @Override
            public void warning(Problem warning) {
                printWarnings(List.of(warning), err);
            }

            @Override
            public void rendered(String path) {
                next.rendered(path);
            }
        };
    }

    static void printProblems(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) err.println(p.format());
        long files = problems.stream().map(Problem::file).distinct().count();
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + files
                + (files == 1 ? " file" : " files") + "; nothing was written.");
        err.flush();
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"handouts " + org.handouts.publish.Publisher.VERSION};
        }
    }
}
