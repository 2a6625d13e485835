package org.handouts.cli;

import org.handouts.model.DisplayText;
import org.handouts.post.Previews;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code handouts preview}: page images of built PDFs, for review in a CI artifact. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        header = "Renders PNG images of the pages of built PDFs.",
        description = "Default: every PDF in the output folder, into <out>/previews/.")
final class PreviewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PDF", description = "PDF files to preview")
    List<Path> files = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder holding the PDFs (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path out;

    @Option(names = "--previews", paramLabel = "DIR", description = "where the PNGs go (default: <out>/previews)")
    Path previews;

    @Option(names = "--dpi", paramLabel = "N", description = "resolution (default: ${DEFAULT-VALUE})", defaultValue = "60")
    int dpi;

    @Override
    public Integer call() throws IOException {
        if (dpi < Previews.MIN_DPI || dpi > 600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dpi must be " + Previews.MIN_DPI + " to 600");
        }
        Path target = previews != null ? previews : out.resolve("previews");
        List<Path> pdfs = files.isEmpty() ? allPdfs(out) : files;
        PrintWriter w = spec.commandLine().getOut();
        if (pdfs.isEmpty()) {
            spec.commandLine().getErr().println("no PDF to preview in " + shown(out) + " (run 'handouts build' first)");
            return ExitCodes.USAGE;
        }
        for (Path pdf : pdfs) {
            if (!Files.isRegularFile(pdf)) {
                spec.commandLine().getErr().println(shown(pdf) + ": no such file");
                return ExitCodes.USAGE;
            }
            try {
                for (Path png : Previews.render(pdf, target, dpi)) w.println(shown(png));
            } catch (Previews.PageTooLargeException e) {
                for (String page : e.pages()) spec.commandLine().getErr().println(shown(pdf) + ": " + DisplayText.escape(page));
                return ExitCodes.INVALID_CONTENT;
            } catch (Previews.UnreadablePdfException e) {
                spec.commandLine().getErr().println(shown(pdf) + ": not a readable PDF (" + DisplayText.escape(e.getMessage()) + ")");
                return ExitCodes.INVALID_CONTENT;
            } catch (UncheckedIOException | IOException e) {
                spec.commandLine().getErr().println(shown(pdf) + ": could not write its previews to " + shown(target) + " ("
                        + DisplayText.escape(e.getMessage()) + ")");
                return ExitCodes.OUTPUT_FAILED;
            }
        }
        w.flush();
        return ExitCodes.OK;
    }

    /** A path as the user typed it (not made relative: it may be a path they chose), escaped. */
    private static String shown(Path path) {
        return DisplayText.escape(path.toString());
    }

    private static List<Path> allPdfs(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> walk = Files.walk(out, 3)) {
            return walk.filter(p -> p.toString().endsWith(".pdf")).filter(p -> !p.startsWith(out.resolve("previews")))
                    .sorted().toList();
        }
    }
}
