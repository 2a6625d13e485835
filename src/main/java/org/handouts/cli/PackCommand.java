package org.handouts.cli;

import org.handouts.model.Problem;
import org.handouts.publish.BatchReport;
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
import java.util.stream.Collectors;

/** {@code handouts pack}: a patient's pack per pack file, or one per row of a clinic's CSV batch. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        header = "Publishes a personalised pack (cover, handouts and dated weekly sheets) per patient.",
        description = {"For each pack file: a cover with the plan and the clinician's notes, then each stage's",
                "handout followed by its dated weekly sheets, as <out>/packs/<reference>.pdf.",
                "With --csv, one pack per row of a clinic's batch; bad rows are reported and skipped.",
                "See docs/packs.md for the file format and the columns."})
final class PackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    WaitOption waitOption;

    @Parameters(paramLabel = "PACK.yaml", arity = "0..*", description = "pack files (keep them in patients/: they hold personal data)")
    List<Path> packs = List.of();

    @Option(names = "--csv", paramLabel = "FILE", description = "a clinic's batch: one pack per row of this CSV file (columns in docs/packs.md)")
    Path csv;

    @Option(names = "--duplex", description = "add blank pages so each handout and each weekly sheet starts on the front of a sheet of paper")
    boolean duplex;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "packs rendered at once (default: number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ((csv == null) == packs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give pack files or --csv FILE, not both or neither");
        }
        if (jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        if (csv != null) return batch(out, spec.commandLine().getErr());
        BuildReport report = waitOption.publisher(project.settings().withJobs(jobs),
                Main.printingWarnings(spec.commandLine().getErr(), BuildListener.NONE)).pack(packs, duplex);
        BuildCommand.printFiles(out, report);
        out.printf(Locale.ROOT, "%d built in %.1f s%n", report.outputs().size(), report.elapsed().toMillis() / 1000.0);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * A batch prints one line per pack written, then each failed row's problems, then a summary
     * naming the failed lines. Rows are named by line, never by patient.
     */
    private int batch(PrintWriter out, PrintWriter err) {
        BatchReport report = waitOption.publisher(project.settings().withJobs(jobs), Main.printingWarnings(err, BuildListener.NONE))
                .packBatch(csv, duplex);
        BuildCommand.printFiles(out, report.written());
        out.flush();
        for (Problem p : report.programmeProblems()) err.println(p.format());
        for (BatchReport.FailedRow row : report.failed()) {
            for (Problem p : row.problems()) err.println(p.format());
        }
        err.flush();
        int written = report.written().outputs().size();
        String failedLines = report.failed().stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "%d written, %d %s failed%s in %.1f s%n", written, report.failed().size(),
                report.failed().size() == 1 ? "row" : "rows", report.failed().isEmpty() ? "" : " (line"
                        + (report.failed().size() == 1 ? " " : "s ") + failedLines + ")",
                report.written().elapsed().toMillis() / 1000.0);
        out.flush();
        if (report.failed().isEmpty() && report.programmeProblems().isEmpty()) return ExitCodes.OK;
        return written > 0 ? ExitCodes.SOME_FAILED : ExitCodes.INVALID_CONTENT;
    }
}
