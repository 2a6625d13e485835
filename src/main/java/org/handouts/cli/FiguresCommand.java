package org.handouts.cli;

import org.handouts.model.DisplayPaths;
import org.handouts.publish.BuildListener;
import org.handouts.publish.FigureSheet;
import org.handouts.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code handouts figures}: a contact sheet of every exercise's pictures, for review. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        header = "Publishes a contact sheet of the exercise figures, for review.",
        description = {"Writes <out>/figures.pdf: each exercise's start (middle) and end pictures side by side",
                "with its name. 'handouts preview <out>/figures.pdf' makes PNGs of it.",
                "For a blind test, --no-names numbers the figures in a shuffled order and prints the key here."})
final class FiguresCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    WaitOption waitOption;

    @Option(names = "--exercise", paramLabel = "ID", split = ",", description = "only these exercises (default: all)")
    List<String> exercises = List.of();

    @Option(names = "--brand", paramLabel = "ID", description = "draw in this brand's colours (default: the first brand)")
    String brand;

    @Option(names = "--no-names", negatable = false, description = "number the figures instead of naming them, in a shuffled order")
    boolean noNames;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the shuffle for --no-names (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Publisher.FigureSheetReport report = waitOption.publisher(project.settings(),
                Main.printingWarnings(spec.commandLine().getErr(), BuildListener.NONE))
                .figures(new FigureSheet.Options(exercises, Optional.ofNullable(brand), !noNames, seed));
        out.printf(Locale.ROOT, "%-8s %s  %d %s  %s%n", "built", DisplayPaths.shown(report.file(), Path.of("")),
                report.pages(), report.pages() == 1 ? "page" : "pages", BuildCommand.size(report.bytes()));
        if (noNames) {
            out.println("Key (keep it from the reviewer):");
            for (int i = 0; i < report.order().size(); i++) out.printf(Locale.ROOT, "  %2d  %s%n", i + 1, report.order().get(i));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
