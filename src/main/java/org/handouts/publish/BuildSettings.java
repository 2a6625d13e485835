package org.handouts.publish;

import org.handouts.model.PaperSize;
import org.handouts.model.Variant;

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
 * @param variants  the print variants to build for every brand (standard, large), replacing each
 * @param languages the languages to build for every brand (language codes), replacing each
 *                  brand's own list; empty builds each brand's
 */
public record BuildSettings(Path content, Path templates, Path fonts, Path output, Path displayBase,
                            List<PaperSize> papers, List<String> brands, List<String> routines,
                            Optional<Instant> date, int jobs, boolean force, Shard shard, boolean emitXhtml,
                            boolean booklet, List<Variant> variants, List<String> languages) {

    /** Settings without booklets. */
    public BuildSettings(Path content, Path templates, Path fonts, Path output, Path displayBase,
                         List<PaperSize> papers, List<String> brands, List<String> routines,
                         Optional<Instant> date, int jobs, boolean force, Shard shard, boolean emitXhtml) {
        this(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs, force, shard,
                emitXhtml, false, List.of(), List.of());
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
        variants = variants.stream().distinct().toList();
        languages = languages.stream().distinct().toList();
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
                force, shard, emitXhtml, booklet, variants, languages);
    }

    public BuildSettings withJobs(int n) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, n,
                force, shard, emitXhtml, booklet, variants, languages);
    }

    public BuildSettings withDate(Optional<Instant> d) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, d, jobs,
                force, shard, emitXhtml, booklet, variants, languages);
    }

    public BuildSettings withForce(boolean f) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs,
                f, shard, emitXhtml, booklet, variants, languages);
    }

    public BuildSettings withBooklet(boolean b) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs,
                force, shard, emitXhtml, b, variants, languages);
    }

    /** Build these variants for every brand instead of each brand's own list (empty: the brands' lists). */
    public BuildSettings withVariants(List<Variant> v) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs,
                force, shard, emitXhtml, booklet, v, languages);
    }

    /** The variants to build for {@code brand}: the command line's, or else the brand's own. */
    public List<Variant> variantsOf(org.handouts.model.Brand brand) {
        return variants.isEmpty() ? brand.variants() : variants;
    }

    /** Build these languages for every brand instead of each brand's own list (empty: the brands' lists). */
    public BuildSettings withLanguages(List<String> l) {
        return new BuildSettings(content, templates, fonts, output, displayBase, papers, brands, routines, date, jobs,
                force, shard, emitXhtml, booklet, variants, l);
    }

    /** The languages to build for {@code brand}: the command line's, or else the brand's own. */
    public List<String> languagesOf(org.handouts.model.Brand brand) {
        return languages.isEmpty() ? brand.languages() : languages;
    }
}
