package org.handouts.cli;

import org.handouts.model.DisplayPaths;
import org.handouts.model.DisplayText;
import org.handouts.model.PaperSize;
import org.handouts.model.Variant;
import org.handouts.publish.BuildListener;
import org.handouts.publish.BuildReport;
import org.handouts.publish.Publisher;
import org.handouts.publish.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code handouts build}: publishes every brand × routine × document × paper size. */
@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Builds every handout and tracking sheet into the output folder.",
        description = {"Writes <out>/<brand>/<routine>-handout.pdf and <routine>-tracker.pdf (and with",
                "--booklet <routine>-booklet.pdf), all PDF/A-2b, and <out>/manifest.json.",
                "Outputs whose inputs did not change are skipped.",
                "Content is checked first; on any problem nothing is written."})
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Mixin
    WaitOption waitOption;

    @Option(names = "--paper", split = ",", paramLabel = "SIZE",
            description = "paper sizes: a4, letter (default: a4); sizes other than A4 add a suffix to file names")
    List<String> papers = List.of("a4");

    @Option(names = "--variant", split = ",", paramLabel = "VARIANT",
            description = "print variants: standard, large (default: each brand's 'variants', else standard); "
                    + "large print adds -large to file names")
    List<String> variants = List.of();

    @Option(names = "--brand", split = ",", paramLabel = "ID", description = "build only these brands")
    List<String> brands = List.of();

    @Option(names = "--routine", split = ",", paramLabel = "ID", description = "build only these routines")
    List<String> routines = List.of();

    @Option(names = "--lang", split = ",", paramLabel = "CODE",
            description = "languages to build for every brand, such as es or cy,en (default: each brand's languages); "
                    + "a language other than a brand's first adds it to file names: beginner-handout-es.pdf")
    List<String> languages = List.of();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "documents rendered at once (default: number of cores)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "rebuild outputs even when their inputs did not change")
    boolean force;

    @Option(names = "--shard", paramLabel = "I/N", description = "build only share I of N (for CI matrices), e.g. 1/3")
    String shard = "1/1";

    @Option(names = "--emit-xhtml", description = "also write each document's XHTML next to its PDF")
    boolean emitXhtml;

    @Option(names = "--booklet", description = "also write <routine>-booklet.pdf: the handout as a folded booklet "
            + "(A5 pages on A4 sheets, or half-letter on letter), printed double-sided, flip on short edge")
    boolean booklet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Shard share;
        List<PaperSize> sizes = new ArrayList<>();
        List<Variant> chosen = new ArrayList<>();
        try {
            share = Shard.parse(shard);
            for (String p : papers) sizes.add(paper(p));
            for (String v : variants) chosen.add(variant(v));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        Progress progress = Progress.isTerminal() ? new Progress(out) : null;
        var settings = project.settings(sizes, brands, routines, jobs, force, share, emitXhtml).withBooklet(booklet).withVariants(chosen)
                .withLanguages(languages.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).toList());
        BuildListener listener = Main.printingWarnings(spec.commandLine().getErr(), progress == null ? BuildListener.NONE : progress);
        BuildReport report = waitOption.publisher(settings, listener).build();
        if (progress != null) progress.clear();
        printFiles(out, report);
        out.printf(Locale.ROOT, "%d built, %d skipped, %d removed, 0 failed in %.1f s%n",
                report.count(BuildReport.State.BUILT), report.count(BuildReport.State.SKIPPED), report.removed().size(),
                report.elapsed().toMillis() / 1000.0);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * One line per file, "built    output/riverside/beginner-handout.pdf  5 pages  50 KB" (a web
     * page, which has no pages, says "web page"), with the output folder shown relative to the
     * working directory; then one per removed file.
     */
    static void printFiles(PrintWriter out, BuildReport report) {
        String shown = DisplayPaths.shown(report.outputFolder(), Path.of(""));
        for (BuildReport.Output o : report.outputs()) {
            String what = o.pages() == 0 ? "web page" : o.pages() + (o.pages() == 1 ? " page" : " pages");
            out.printf(Locale.ROOT, "%-8s %s/%s  %s  %s%n", o.state() == BuildReport.State.BUILT ? "built" : "skipped",
                    shown, DisplayText.escape(o.path()), what, size(o.bytes()));
        }
        for (String removed : report.removed()) out.printf(Locale.ROOT, "%-8s %s/%s%n", "removed", shown, DisplayText.escape(removed));
    }

    static PaperSize paper(String key) {
        for (PaperSize p : PaperSize.values()) {
            if (p.key().equalsIgnoreCase(key.strip())) return p;
        }
        throw new IllegalArgumentException("unknown paper size '" + key + "' (use a4 or letter)");
    }

    static Variant variant(String key) {
        return Variant.find(key).orElseThrow(() -> new IllegalArgumentException("unknown variant '" + key.strip()
                + "' (use standard or large)"));
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
    }

    /** A one-line progress bar, redrawn in place; only used when stdout is a terminal. */
    static final class Progress implements BuildListener {
        private final PrintWriter out;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;

        Progress(PrintWriter out) {
            this.out = out;
        }

        static boolean isTerminal() {
            String ci = System.getenv("CI");
            return isConsoleTerminal() && (ci == null || ci.isBlank() || ci.equals("false"));
        }

        /**
         * From Java 22 System.console() is never null, and Console.isTerminal() tells; on 21 a
         * console exists only for a terminal. Reflection keeps the code compiling for 21.
         */
        private static boolean isConsoleTerminal() {
            java.io.Console console = System.console();
            if (console == null) return false;
            try {
                return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }

        @Override
        public void planned(int outputs) {
            total = outputs;
            draw();
        }

        @Override
        public void rendered(String path) {
            done.incrementAndGet();
            draw();
        }

        private synchronized void draw() {
            int t = Math.max(total, 1);
            int d = Math.min(done.get(), t);
            int width = 30;
            int filled = d * width / t;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + d + "/" + total + " rendered");
            out.flush();
        }

        synchronized void clear() {
            out.print("\r" + " ".repeat(60) + "\r");
            out.flush();
        }
    }
}
