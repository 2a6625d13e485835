package org.handouts.publish;

import org.handouts.model.PaperSize;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where. Paths are the project folders; {@code displayBase} is the folder that
 * paths in messages are shown relative to.
 *
 * @param date      the date written into PDFs (SOURCE_DATE_EPOCH); empty writes no date, so
 *                  identical inputs still give identical files
 * @param jobs      documents rendered at once
 * @param shard     which share of the outputs to build, for CI matrices
 * @param emitXhtml also write each document's XHTML next to its PDF
 * @param booklet   also write each handout imposed as a booklet
 */
public record BuildSettings(Path content, Path templates, Path fonts, Path output, Path displayBase,
                            List<PaperSize> papers, List<String> brands, List<String> routines,
                            Optional<Instant> date, int jobs, boolean force, Shard shard, boolean emitXhtml,
                            boolean booklet) {

    /** Settings without booklets. */
    public BuildSettings(Path content, Path templates, Path fonts, Path output, Path displayBase,
                         List<PaperSize> papers, List<String> brands, List<String> routines,
                         Optional<Instant> date, int jobs, boolean force, Shard shard, boolean emitXhtml) {
        this(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs, force, shard,
                emitXhtml, false);
    }

    public BuildSettings {
        Objects.requireNonNull(content);
        Objects.requireNonNull(templates);
        Objects.requireNonNull(fonts);
        Objects.requireNonNull(output);
        Objects.requireNonNull(displayBase);
        Objects.requireNonNull(date);
        Objects.requireNonNull(shard);
        // Each asked for once, whatever the caller passed: a repeat would render the same file twice.
        papers = papers.stream().distinct().toList();
        brands = brands.stream().distinct().toList();
        routines = routines.stream().distinct().toList();
        if (papers.isEmpty()) throw new IllegalArgumentException("at least one paper size");
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
    }

    /** The standard layout below a project folder: content/, templates/, fonts/, output/. */
    public static BuildSettings forProject(Path project) {
        return new BuildSettings(project.resolve("content"), project.resolve("templates"), project.resolve("fonts"),
                project.resolve("output"), project, List.of(PaperSize.A4), List.of(), List.of(), Optional.empty(),
                Runtime.getRuntime().availableProcessors(), false, Shard.ALL, false);
    }

    public BuildSettings withOutput(Path out) {
        return new BuildSettings(content, templates, fonts, out, displayBase, papers, brands, routines, date, jobs,
                force, shard, emitXhtml, booklet);
    }

    public BuildSettings withJobs(int n) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, n,
                force, shard, emitXhtml, booklet);
    }

    public BuildSettings withDate(Optional<Instant> d) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, d, jobs,
                force, shard, emitXhtml, booklet);
    }

    public BuildSettings withForce(boolean f) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs,
                f, shard, emitXhtml, booklet);
    }

    public BuildSettings withBooklet(boolean b) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs,
                force, shard, emitXhtml, b);
    }
}
