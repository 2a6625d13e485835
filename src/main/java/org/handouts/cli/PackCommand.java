package org.handouts.cli;

import org.handouts.publish.BuildListener;
import org.handouts.publish.BuildReport;
import org.handouts.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code handouts pack}: one patient's handout and dated weekly trackers in one PDF. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        header = "Publishes a personalised pack (cover, handouts and dated weekly sheets) per patient.",
        description = {"For each pack file: a cover with the plan and the clinician's notes, then each stage's",
                "handout followed by its dated weekly sheets, as <out>/packs/<reference>.pdf.",
                "See docs/packs.md for the file format."})
final class PackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "PACK.yaml", arity = "1..*", description = "pack files (keep them outside content/: they hold personal data)")
    List<Path> packs;

    @Option(names = "--duplex", description = "add blank pages so each handout and each weekly sheet starts on the front of a sheet of paper")
    boolean duplex;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BuildReport report = new Publisher(project.settings(),
                Main.printingWarnings(spec.commandLine().getErr(), BuildListener.NONE)).pack(packs, duplex);
        BuildCommand.printFiles(out, report);
        out.printf(Locale.ROOT, "%d built in %.1f s%n", report.outputs().size(), report.elapsed().toMillis() / 1000.0);
        out.flush();
        return ExitCodes.OK;
    }
}
