package org.handouts.publish;

import org.handouts.model.DisplayPaths;
import org.handouts.content.ContentLoader;
import org.handouts.content.MessagesReader;
import org.handouts.languages.Languages;
import org.handouts.content.PackLoader;
import org.handouts.content.PatientBatch;
import org.handouts.model.Brand;
import org.handouts.model.DocumentKind;
import org.handouts.model.FileErrors;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.PaperSize;
import org.handouts.model.Problem;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.model.Variant;
import org.handouts.pdf.FontSet;
import org.handouts.pdf.PdfInspector;
import org.handouts.post.ArchivablePictures;
import org.handouts.pdf.ResourcePolicy;
import org.handouts.post.PdfFinisher;
import org.handouts.render.FigureSheetView;
import org.handouts.web.WebFont;
import org.handouts.web.WebPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Publishes handouts, trackers and their web pages. {@link #build} reads as the pipeline: load →
 * validate → plan → render XHTML → render PDF → post-process (and render the web pages) → write. Nothing is written until every document has
 * rendered, so a build that fails on its input leaves the output folder as it was; each file is
 * then replaced atomically (a failure while writing, such as a full disk, can leave some files new
 * and some old, never one half-written).
 */
public final class Publisher {
    public static final String VERSION = Optional.ofNullable(Publisher.class.getPackage().getImplementationVersion())
            .orElse("dev");

    /** How long a build or pack waits for another one to finish writing to the output folder. */
    public static final Duration DEFAULT_WAIT_FOR_OUTPUT = Duration.ofSeconds(60);

    private final BuildSettings settings;
    private final BuildListener listener;
    private final Duration waitForOutput;
    private final OutputFolder.Hook hook;

    public Publisher(BuildSettings settings, BuildListener listener) {
        this(settings, listener, DEFAULT_WAIT_FOR_OUTPUT, OutputFolder.Hook.NONE);
    }

    private Publisher(BuildSettings settings, BuildListener listener, Duration waitForOutput, OutputFolder.Hook hook) {
        this.settings = settings;
        this.listener = listener;
        this.waitForOutput = waitForOutput;
        this.hook = hook;
    }

    /** The same publisher, waiting up to {@code wait} for another build writing to the output folder. */
    public Publisher waitingForOutput(Duration wait) {
        if (wait.isNegative()) throw new IllegalArgumentException("wait must not be negative");
        return new Publisher(settings, listener, wait, hook);
    }

    /** For tests: the same publisher, calling {@code h} after each change to the output folder. */
    Publisher withHook(OutputFolder.Hook h) {
        return new Publisher(settings, listener, waitForOutput, h);
    }

    private OutputFolder outputFolder() {
        return new OutputFolder(settings.output(), hook);
    }

    /**
     * Loads and validates the content (glyphs included) and the message bundles of the languages
     * asked for, writing nothing.
     */
    public Library check() {
        FontSet fonts = fonts();
        return load(fonts).library();
    }

    /** Builds every planned output that is not up to date; throws {@link InvalidContentException} on bad input. */
    public BuildReport build() {
        long start = System.nanoTime();
        FontSet fonts = fonts();
        Loaded loaded = load(fonts);                                     // load + validate
        Library library = loaded.library();
        Languages languages = loaded.languages();
        requireOutputOutsideInputs();
        List<Publication> all = plan(library);
        Inputs inputs = new Inputs(settings, library);
        DocumentRenderer renderer = new DocumentRenderer(settings, library, fonts, languages);
        List<Job> jobs = new ArrayList<>();
        for (Publication p : all) jobs.add(pdfJob(p, inputs, renderer));
        jobs.addAll(webJobs(all, library, inputs, webPages(fonts, languages)));
        List<Job> mine = jobs.stream().filter(j -> settings.shard().includes(j.path())).toList();
        listener.planned(mine.size());

        OutputFolder out = outputFolder();
        Manifest previous = Manifest.read(out.root());
        List<Rendered> rendered = renderAll(mine, previous, out);       // XHTML → PDF → finish; web pages

        List<String> removed = write(out, rendered, library, fonts, languages);     // write
        List<BuildReport.Output> outputs = rendered.stream().map(Rendered::report).toList();
        return new BuildReport(out.root(), outputs, removed, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Publishes personalised packs, one PDF per pack file, into {@code <out>/packs/}, named by
     * each pack's reference. Every pack file is checked before anything renders, and nothing is
     * written unless all render; packs are one-offs, so they are not in the manifest.
     */
    public BuildReport pack(List<Path> packFiles, boolean duplex) {
        long start = System.nanoTime();
        FontSet fonts = fonts();
        Loaded content = load(fonts);                                          // load + validate
        Library library = content.library();
        Languages languages = content.languages();
        requireOutputOutsideInputs();
        PackLoader loader = new PackLoader(settings.displayBase(), fonts::canPrint);
        List<PackJob> jobs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> byReference = new java.util.HashMap<>();
        for (Path file : packFiles) {
            try {
                Pack loaded = loader.load(file, library);
                Pack pack = duplex ? loaded.withDuplex() : loaded;
                String shown = display(file);
                String other = byReference.putIfAbsent(pack.reference().toLowerCase(java.util.Locale.ROOT), shown);
                if (other != null) {
                    problems.add(new Problem(shown, 0, 0, "reference", "'" + pack.reference() + "' is also the reference in "
                            + other + ", so both would write packs/" + pack.reference() + ".pdf", "give each pack its own reference"));
                    continue;
                }
                jobs.add(new PackJob(pack, shown, Hashes.of(pack.toString() + hashes().ofFile(file)), 0));
            } catch (InvalidContentException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InvalidContentException(problems);
        listener.planned(jobs.size());
        PackRenderer renderer = new PackRenderer(settings, library, new DocumentRenderer(settings, library, fonts, languages), fonts);
        List<RenderedPack> done = renderPacks(jobs, renderer, null);                // render → assemble
        List<Problem> failed = done.stream().flatMap(d -> d.problems().stream()).toList();
        if (!failed.isEmpty()) throw new InvalidContentException(failed);
        OutputFolder out = outputFolder();
        try (OutputFolder.Lock lock = out.lock(waitForOutput, () -> listener.waiting(out.root()))) {   // write
            out.removeLeftovers();
            for (RenderedPack d : done) out.writePrivate(d.output().path(), d.pdf());
        } catch (OutputFolder.BusyException e) {
            throw new OutputBusyException(display(out.root()), waitForOutput);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        return new BuildReport(out.root(), done.stream().map(RenderedPack::output).toList(), List.of(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * A clinic's batch: one pack per CSV row, into {@code <out>/packs/}. Bad rows are reported and
     * skipped; good rows render in parallel and each is written as soon as it is done. Problems
     * with the content or the CSV as a whole still stop everything before a pack is written.
     */
    public BatchReport packBatch(Path csv, boolean duplex) {
        long start = System.nanoTime();
        FontSet fonts = fonts();
        Loaded loaded = load(fonts);                                           // load + validate
        Library library = loaded.library();
        Languages languages = loaded.languages();
        requireOutputOutsideInputs();
        PatientBatch.Result batch = new PatientBatch(settings.displayBase(), fonts::canPrint).read(csv, library);
        List<PackJob> jobs = new ArrayList<>();
        List<BatchReport.FailedRow> failed = new ArrayList<>();
        for (PatientBatch.Row row : batch.rows()) {
            if (row.pack().isEmpty()) {
                failed.add(new BatchReport.FailedRow(row.line(), row.problems()));
                continue;
            }
            Pack pack = duplex ? row.pack().get().withDuplex() : row.pack().get();
            jobs.add(new PackJob(pack, row.source(), Hashes.of(pack.toString()), row.line()));
        }
        listener.planned(jobs.size());
        OutputFolder out = outputFolder();
        List<BuildReport.Output> outputs = new ArrayList<>();
        // A batch writes each pack as it is done, so it holds the folder's lock from the start.
        try (OutputFolder.Lock lock = out.lock(waitForOutput, () -> listener.waiting(out.root()))) {
            out.removeLeftovers();
            PackRenderer renderer = new PackRenderer(settings, library, new DocumentRenderer(settings, library, fonts, languages), fonts);
            for (RenderedPack done : renderPacks(jobs, renderer, out)) {             // render → assemble → write
                if (done.output() != null) outputs.add(done.output());
                else failed.add(new BatchReport.FailedRow(done.job().line(), done.problems()));
            }
        } catch (OutputFolder.BusyException e) {
            throw new OutputBusyException(display(out.root()), waitForOutput);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        failed.sort(java.util.Comparator.comparingInt(BatchReport.FailedRow::line));
        return new BatchReport(new BuildReport(out.root(), outputs, List.of(), Duration.ofNanos(System.nanoTime() - start)),
                failed, batch.programmeProblems());
    }

    /** One pack to render: {@code source} is where it came from (a file, or a CSV line), for messages. */
    record PackJob(Pack pack, String source, String inputHash, int line) {
        String path() {
            return "packs/" + pack.reference() + ".pdf";
        }
    }

    /** A rendered pack, or the problems that stopped it. */
    record RenderedPack(PackJob job, byte[] pdf, BuildReport.Output output, List<Problem> problems) {
    }

    /**
     * Renders packs on {@code --jobs} threads. With an output folder, each pack is written as soon
     * as it is done (a batch of a thousand is never all in memory) and its bytes dropped.
     */
    List<RenderedPack> renderPacks(List<PackJob> jobs, PackRenderer renderer, OutputFolder writeTo) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.jobs(), Math.max(1, jobs.size())));
        try {
            List<Future<RenderedPack>> futures = new ArrayList<>();
            for (PackJob job : jobs) {
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        PdfFinisher.Finished pdf = renderer.render(job.pack(), job.source(), job.inputHash());
                        var output = new BuildReport.Output(job.path(), BuildReport.State.BUILT, pdf.pages(),
                                pdf.bytes().length, Duration.ofNanos(System.nanoTime() - t));
                        if (writeTo != null) {
                            writeTo.writePrivate(job.path(), pdf.bytes());
                            listener.rendered(job.path());
                            return new RenderedPack(job, null, output, List.of());
                        }
                        listener.rendered(job.path());
                        return new RenderedPack(job, pdf.bytes(), output, List.of());
                    } catch (InvalidContentException e) {
                        return new RenderedPack(job, null, null, e.problems());
                    }
                }));
            }
            List<RenderedPack> results = new ArrayList<>();
            for (Future<RenderedPack> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    if (e.getCause() instanceof Error error) throw error;   // out of memory is reported as such
                    if (e.getCause() instanceof IOException io) {
                        throw new UncheckedIOException("cannot write to " + settings.output() + ": " + io.getMessage(), io);
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pack rendering interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Hashes hashes() {
        return new Hashes();
    }

    /**
     * Publishes the contact sheet of exercise figures, {@code <out>/figures.pdf}: load → validate →
     * plan → render XHTML → render PDF → post-process → write (atomically).
     */
    public FigureSheetReport figures(FigureSheet.Options options) {
        long start = System.nanoTime();
        FontSet fonts = fonts();
        Loaded loaded = load(fonts);                                            // load + validate
        Library library = loaded.library();
        Languages languages = loaded.languages();
        requireOutputOutsideInputs();
        FigureSheet.Plan plan = FigureSheet.plan(library, options);             // plan
        listener.planned(1);
        FigureSheetView view = FigureSheetView.of(plan.exercises(), options.names(), plan.brand());
        String inputHash = Hashes.of(VERSION + view + plan.exercises().stream()
                .map(e -> e.id() + e.figure()).toList() + plan.brand());
        PdfFinisher.Finished pdf = new DocumentRenderer(settings, library, fonts, languages)
                .figureSheet(view, plan.brand(), inputHash);                       // render XHTML → PDF → finish
        OutputFolder out = outputFolder();
        try (OutputFolder.Lock lock = out.lock(waitForOutput, () -> listener.waiting(out.root()))) {     // write
            out.removeLeftovers();
            out.write(FigureSheet.FILE, pdf.bytes());
        } catch (OutputFolder.BusyException e) {
            throw new OutputBusyException(display(out.root()), waitForOutput);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        listener.rendered(FigureSheet.FILE);
        return new FigureSheetReport(out.root().resolve(FigureSheet.FILE), pdf.pages(), pdf.bytes().length,
                plan.exercises().stream().map(org.handouts.model.Exercise::id).toList(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** What {@link #figures} wrote: the file, its size, and the exercises in sheet order (the key to a blind sheet). */
    public record FigureSheetReport(Path file, int pages, long bytes, List<String> order, Duration elapsed) {
        public FigureSheetReport {
            order = List.copyOf(order);
        }
    }

    /**
     * The output could not be written: what the system said ("permission denied", "no space left
     * on device") and the file it concerns, once (the build stops at the first failure).
     */
    private UncheckedIOException cannotWrite(OutputFolder out, IOException e) {
        return new UncheckedIOException("cannot write to " + display(out.root()) + "/: "
                + FileErrors.describe(e, settings.displayBase()), e);
    }

    private FontSet fonts() {
        try (var list = Files.newDirectoryStream(settings.templates())) {
            list.iterator().hasNext();   // the folder can be listed: its templates can be found
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            throw new InvalidContentException(new Problem(display(settings.templates()), 0, 0, "",
                    "templates folder not found", "run from the project folder or pass --templates DIR"));
        } catch (IOException e) {
            // Said once, as the system said it, rather than as a missing template per document.
            throw new InvalidContentException(new Problem(display(settings.templates()), 0, 0, "",
                    "cannot read the templates folder: " + FileErrors.reason(e), "check the folder's permissions"));
        }
        try {
            return FontSet.load(settings.fonts());
        } catch (FontSet.StackException e) {
            throw new InvalidContentException(new Problem(display(e.file()), e.line(), e.line() > 0 ? 1 : 0, "",
                    e.getMessage(), e.hint()));
        } catch (IOException e) {
            throw new InvalidContentException(new Problem(display(settings.fonts()), 0, 0, "",
                    "cannot load fonts: " + FileErrors.describe(e, settings.displayBase()), "the folder needs the .ttf files shipped in fonts/"));
        }
    }

    /** The content and the message bundles, both validated. */
    private record Loaded(Library library, Languages languages) {
    }

    /**
     * Loads the message bundles and the content, reporting the problems of both at once. The
     * content needs only the bundles' language codes, which their file names give.
     */
    private Loaded load(FontSet fonts) {
        java.util.Set<String> codes = java.util.Set.copyOf(MessagesReader.codes(settings.templates()));
        List<String> unknown = settings.languages().stream().filter(code -> !codes.contains(code)).toList();
        if (!unknown.isEmpty()) throw new UnknownLanguageException(unknown, codes.stream().sorted().toList());
        List<Problem> problems = new ArrayList<>();
        Languages languages = null;
        try {
            languages = languages(fonts);
        } catch (InvalidContentException e) {
            problems.addAll(e.problems());
        }
        List<Problem> warnings = new ArrayList<>();
        Library library = null;
        try {
            library = load(fonts, codes);
        } catch (InvalidContentException e) {
            problems.addAll(e.problems());
            warnings.addAll(e.warnings());
        }
        if (!problems.isEmpty()) throw new InvalidContentException(problems, warnings);
        return new Loaded(library, languages);
    }

    private Library load(FontSet fonts, java.util.Set<String> languageCodes) {
        Library library = new ContentLoader(settings.content(), settings.displayBase(), fonts::canPrint,
                new ArchivablePictures(new PdfInspector()))
                .withLanguages(languageCodes)
                // Content must be translated into every language this run publishes a brand in.
                .publishing(brand -> settings.brands().isEmpty() || settings.brands().contains(brand.id())
                        ? settings.languagesOf(brand) : List.of())
                .load();
        library.warnings().forEach(listener::warning);
        return library;
    }

    /** The message bundles of {@code templates/messages/}, every problem with them located. */
    private Languages languages(FontSet fonts) {
        return new MessagesReader(settings.displayBase(), fonts::canPrint).read(settings.templates());
    }


    /**
     * The languages this run publishes: for each brand asked for, the command line's languages
     * or else the brand's own. Content must be translated into each of these.
     */
    public static List<String> publishedLanguages(BuildSettings settings, Library library) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (Brand brand : library.brands().values()) {
            if (settings.brands().isEmpty() || settings.brands().contains(brand.id())) codes.addAll(settings.languagesOf(brand));
        }
        return List.copyOf(codes);
    }

    /**
     * Whether to impose booklets in {@code variant}: only standard print, when asked for. A booklet
     * shrinks its pages to 71%, which would undo large print.
     */
    private boolean booklets(Variant variant) {
        return settings.booklet() && variant == Variant.STANDARD;
    }

    /** Every brand × routine in its catalogue × language × variant × paper × document asked for, in a stable order. */
    List<Publication> plan(Library library) {
        List<Problem> unknown = new ArrayList<>();
        checkKnown(settings.brands(), library.brands(), "brand", unknown);
        checkKnown(settings.routines(), library.routines(), "routine", unknown);
        if (!unknown.isEmpty()) throw new InvalidContentException(unknown);
        List<Publication> plan = new ArrayList<>();
        for (Brand brand : library.brands().values()) {
            if (!settings.brands().isEmpty() && !settings.brands().contains(brand.id())) continue;
            for (Routine routine : library.routines().values()) {
                if (!brand.catalogue().publishes(routine.id())) continue;
                if (!settings.routines().isEmpty() && !settings.routines().contains(routine.id())) continue;
                for (String language : settings.languagesOf(brand)) {
                    for (Variant variant : settings.variantsOf(brand)) {
                        for (PaperSize paper : settings.papers()) {
                            for (DocumentKind kind : DocumentKind.values()) {
                                if (kind == DocumentKind.BOOKLET && !booklets(variant)) continue;
                                plan.add(new Publication(brand, routine, kind, paper, variant, language));
                            }
                        }
                    }
                }
            }
        }
        return plan;
    }

    private static void checkKnown(List<String> asked, Map<String, ?> known, String kind, List<Problem> problems) {
        for (String id : asked) {
            if (!known.containsKey(id)) {
                problems.add(new Problem("command line", 0, 0, "--" + kind, "unknown " + kind + " '" + id + "'",
                        "known: " + String.join(", ", known.keySet())));
            }
        }
    }

    /**
     * One output to make: where it goes, the hash of what it is made from, files that must exist
     * beside it for it to count as up to date, and how to make it.
     */
    private record Job(String path, String inputs, List<String> companions, java.util.concurrent.Callable<Made> make) {
    }

    /** What a job made: the bytes, the page count (0 for a web page), the XHTML to emit beside it or null. */
    private record Made(byte[] bytes, int pages, Emitted xhtml) {
    }

    /** A document's XHTML, written beside its PDF with --emit-xhtml. */
    private record Emitted(Publication publication, String xhtml) {
    }

    /**
     * One output's result: the finished bytes, or null when skipped on {@code skippedOn}, the
     * manifest entry it was found up to date with; and what the report says.
     */
    private record Rendered(String path, String inputs, byte[] bytes, Emitted xhtml, Manifest.Entry skippedOn,
                            BuildReport.Output report) {
    }

    /** A PDF: render XHTML → render PDF → post-process. */
    private Job pdfJob(Publication p, Inputs inputs, DocumentRenderer renderer) {
        String inputHash = inputs.hash(p);
        // A booklet's XHTML is its handout's, which is emitted already.
        boolean writesXhtml = settings.emitXhtml() && p.kind() != DocumentKind.BOOKLET;
        List<String> companions = writesXhtml ? List.of(xhtmlPath(p.relativePath())) : List.of();
        return new Job(p.relativePath(), inputHash, companions, () -> {
            String xhtml = renderer.xhtml(p);                                      // render XHTML
            byte[] raw = renderer.pdf(xhtml, p);                                    // render PDF
            PdfFinisher.Finished done = renderer.finish(raw, p, inputHash);        // post-process
            requireTrackerFits(p, done.pages(), renderer);
            return new Made(done.bytes(), done.pages(), writesXhtml ? new Emitted(p, xhtml) : null);
        });
    }

    /**
     * The web outputs of the planned handouts: a page per brand, routine and language (one,
     * whatever the paper sizes) and an index per brand and language listing all its routines.
     */
    private List<Job> webJobs(List<Publication> plan, Library library, Inputs inputs, WebPages web) {
        List<Job> jobs = new ArrayList<>();
        Map<Brand, java.util.Set<String>> indexes = new java.util.LinkedHashMap<>();
        for (Publication p : plan) {
            // Web pages scale, so there is one page per routine and language whatever the paper sizes and variants.
            if (p.kind() != DocumentKind.HANDOUT || p.paper() != settings.papers().get(0)
                    || p.variant() != settings.variantsOf(p.brand()).get(0)) continue;
            String path = WebPages.pagePath(p.brand(), p.routine(), p.language());
            jobs.add(new Job(path, inputs.hashWebPage(p, path), List.of(), () -> new Made(web.page(library, p), 0, null)));
            indexes.computeIfAbsent(p.brand(), b -> new java.util.LinkedHashSet<>()).add(p.language());
        }
        indexes.forEach((brand, languages) -> {
            for (String language : languages) {
                String path = WebPages.indexPath(brand, language);
                jobs.add(new Job(path, inputs.hashIndex(brand, language, path), List.of(),
                        () -> new Made(web.index(library, brand, language, settings.papers(), settings.variantsOf(brand),
                                settings.booklet()), 0, null)));
            }
        });
        return jobs;
    }

    private WebPages webPages(FontSet fonts, Languages languages) {
        List<WebFont> webFonts = new ArrayList<>();
        for (FontSet.Face face : fonts.faces()) {
            try {
                webFonts.add(new WebFont(face.family(), face.bold(), Files.readAllBytes(face.file())));
            } catch (IOException e) {
                throw new InvalidContentException(new Problem(display(face.file()), 0, 0, "",
                        "cannot read font: " + FileErrors.reason(e), "check the file's permissions"));
            }
        }
        return new WebPages(settings.templates(), settings.displayBase(), webFonts, languages);
    }

    private List<Rendered> renderAll(List<Job> jobs, Manifest previous, OutputFolder out) {
        Map<String, Manifest.Entry> before = previous.byPath();
        List<Rendered> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.jobs(), Math.max(1, jobs.size())));
        try {
            List<Future<Rendered>> futures = new ArrayList<>();
            for (Job job : jobs) {
                Manifest.Entry old = before.get(job.path());
                if (!settings.force() && isUpToDate(old, job, out)) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(new Rendered(job.path(), job.inputs(), null, null, old,
                            new BuildReport.Output(job.path(), BuildReport.State.SKIPPED, old.pages(), old.bytes(), Duration.ZERO))));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    Made made = job.make().call();
                    listener.rendered(job.path());
                    return new Rendered(job.path(), job.inputs(), made.bytes(), made.xhtml(), null,
                            new BuildReport.Output(job.path(), BuildReport.State.BUILT, made.pages(),
                                    made.bytes().length, Duration.ofNanos(System.nanoTime() - t)));
                }));
            }
            for (Future<Rendered> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InvalidContentException ice) problems.addAll(ice.problems());
                    else if (e.getCause() instanceof RuntimeException re) throw re;
                    else if (e.getCause() instanceof Error error) throw error;   // out of memory is reported as such
                    else throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (!problems.isEmpty()) throw new InvalidContentException(problems.stream().distinct().toList());
        return results;
    }

    /**
     * A tracker is ticked on the fridge door: a sheet that runs onto a page it was not laid out for
     * would be lost, so it must fit one page (large print: the pages its rows were split over).
     */
    private void requireTrackerFits(Publication p, int pages, DocumentRenderer renderer) {
        if (p.kind() != DocumentKind.TRACKER) return;
        int planned = renderer.trackerPages(p);
        if (pages > planned) {
            throw new InvalidContentException(new Problem(display(settings.content().resolve("routines")
                    .resolve(p.routine().id() + ".yaml")), 0, 0, "exercises",
                    "the " + p.paper().cssName() + (p.variant() == Variant.LARGE ? " large-print" : "") + " tracking sheet for this routine needs "
                            + pages + " pages" + (planned > 1 ? " instead of " + planned : ""),
                    "shorten the longest exercise names or use fewer exercises"));
        }
    }

    /** Whether the file holds what the manifest recorded (read without following links), companions too. */
    private static boolean isUpToDate(Manifest.Entry old, Job job, OutputFolder out) {
        if (old == null || !old.inputs().equals(job.inputs())) return false;
        for (String companion : job.companions()) {
            Optional<String> hash = out.findHash(companion);
            if (hash.isEmpty() || old.xhtml() == null || !hash.get().equals(old.xhtml())) return false;
        }
        return out.findHash(job.path()).equals(Optional.of(old.sha256()));
    }

    /**
     * Files this program wrote that the content cannot make any more: their brand or routine is
     * gone, or the brand no longer publishes the routine. Outputs of other paper sizes and print
     * variants than this build's stay.
     */
    private List<String> removedSources(Verified previous, Library library, Languages languages) {
        if (!settings.brands().isEmpty() || !settings.routines().isEmpty()) return List.of();
        var planned = new java.util.HashSet<String>();
        for (Brand b : library.brands().values()) {
            // Outputs of a language this build does not publish stay, as long as it has a bundle.
            for (String language : languages.codes()) {
                for (Routine r : library.routines().values()) {
                    if (!b.catalogue().publishes(r.id())) continue;
                    for (Variant variant : Variant.values()) {
                        for (PaperSize paper : PaperSize.values()) {
                            for (DocumentKind kind : DocumentKind.values()) {
                                planned.add(new Publication(b, r, kind, paper, variant, language).relativePath());
                            }
                        }
                    }
                    planned.add(WebPages.pagePath(b, r, language));
                }
                planned.add(WebPages.indexPath(b, language));
            }
        }
        return previous.heldPaths().stream().filter(p -> !planned.contains(p)).toList();
    }

    /**
     * The write phase, holding the output folder's lock. The manifest is re-read and every entry
     * checked against its file; then the manifest is written listing the files about to change as
     * pending, the files are replaced or deleted, and the manifest is written again. Stopped at
     * any point, the manifest's outputs match their files, and the next build redoes the rest.
     * Returns the removed outputs.
     */
    private List<String> write(OutputFolder out, List<Rendered> rendered, Library library, FontSet fonts, Languages languages) {
        try (OutputFolder.Lock lock = out.lock(waitForOutput, () -> listener.waiting(out.root()))) {
            out.removeLeftovers();
            Verified before = Verified.of(Manifest.read(out.root()), out);
            Map<String, Manifest.Entry> entries = new java.util.TreeMap<>(before.outputs());
            Pendings pending = new Pendings();
            before.held().forEach((path, held) -> {
                if (!entries.containsKey(path)) pending.add(path, held.sha256(), held.inputs());
            });
            List<Rendered> writes = rendered.stream().filter(r -> r.bytes() != null).toList();
            java.util.Set<String> written = new java.util.HashSet<>();
            for (Rendered r : rendered) {
                String path = r.path();
                if (r.bytes() == null) {
                    // Skipped: claimed only if the file still holds what it was skipped on.
                    if (!r.skippedOn().equals(entries.get(path))) entries.remove(path);
                    continue;
                }
                written.add(path);
                Manifest.Entry old = entries.remove(path);
                if (old != null) pending.add(path, old.sha256(), java.util.Set.of(old.inputs()));
                pending.add(path, Hashes.of(r.bytes()), java.util.Set.of(r.inputs()));
            }
            List<String> removed = removedSources(before, library, languages).stream().filter(p -> !written.contains(p)).toList();
            Map<String, String> removedXhtml = new java.util.HashMap<>();
            for (String path : removed) {
                Manifest.Entry old = entries.remove(path);
                if (old != null && old.xhtml() != null) removedXhtml.put(path, old.xhtml());
                pending.add(path, before.held().get(path).sha256(), before.held().get(path).inputs());
            }
            writeManifest(out, entries, pending);                             // what is about to change

            java.util.Set<String> xhtmlAssets = new java.util.HashSet<>();
            for (Rendered r : writes) {
                String path = r.path();
                out.write(path, r.bytes());
                String xhtml = r.xhtml() == null ? null : writeXhtml(out, r.xhtml(), fonts, xhtmlAssets);
                entries.put(path, new Manifest.Entry(path, Hashes.of(r.bytes()), r.report().pages(), r.bytes().length,
                        r.inputs(), xhtml));
                pending.remove(path);
            }
            List<String> deleted = new ArrayList<>();
            for (String path : removed) {
                if (before.isOwn(out, path) && out.deleteIfHolds(path, java.util.Set.of(before.held().get(path).sha256()))) {
                    deleted.add(path);
                    if (removedXhtml.containsKey(path)) out.deleteIfHolds(xhtmlPath(path), java.util.Set.of(removedXhtml.get(path)));
                }
                // A file that is not this program's stays, and is no longer listed: never deleted later.
                pending.remove(path);
            }
            writeManifest(out, entries, pending);                             // what is
            return deleted;
        } catch (OutputFolder.BusyException e) {
            throw new OutputBusyException(display(out.root()), waitForOutput);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    /** Files about to change, with every content and input hash they may hold meanwhile. */
    private static final class Pendings {
        private final Map<String, java.util.Set<String>> hashes = new java.util.TreeMap<>();
        private final Map<String, java.util.Set<String>> inputs = new java.util.TreeMap<>();

        void add(String path, String sha256, java.util.Collection<String> madeFrom) {
            hashes.computeIfAbsent(path, k -> new java.util.TreeSet<>()).add(sha256);
            inputs.computeIfAbsent(path, k -> new java.util.TreeSet<>()).addAll(madeFrom);
        }

        void remove(String path) {
            hashes.remove(path);
            inputs.remove(path);
        }

        List<Manifest.Pending> toList() {
            return hashes.keySet().stream()
                    .map(p -> new Manifest.Pending(p, List.copyOf(hashes.get(p)), List.copyOf(inputs.get(p)))).toList();
        }
    }

    private static void writeManifest(OutputFolder out, Map<String, Manifest.Entry> entries, Pendings pending)
            throws IOException {
        out.write(Manifest.FILE, new Manifest("handouts " + VERSION, List.copyOf(entries.values()), pending.toList()).toJson());
        out.syncFolder();
    }

    /**
     * Writes a document's XHTML beside its PDF with what it links, so it opens in a browser and can
     * be fed to other engines: each content file it links (the logo) is copied into the brand
     * folder under a safe name and linked by that name ({@link BrowserCopy}); the templates'
     * stylesheets and the fonts, with @font-face rules, are written once per brand folder.
     */
    private String writeXhtml(OutputFolder out, Emitted r, FontSet fonts, java.util.Set<String> written) throws IOException {
        String folder = r.publication().brand().id() + "/";
        Map<String, Path> assets = new java.util.LinkedHashMap<>();
        ResourcePolicy contentOnly = new ResourcePolicy(List.of(settings.content()));
        String xhtml = BrowserCopy.of(r.xhtml(), uri -> contentOnly.findAllowedFile(uri).map(file -> {
            String name = BrowserCopy.safeFileName(file.getFileName().toString());
            // Two different files with one name (a logo and a picture) get "-2", "-3"... in the order met.
            String unique = name;
            for (int n = 2; assets.containsKey(unique) && !assets.get(unique).equals(file); n++) unique = numbered(name, n);
            assets.put(unique, file);
            return unique;
        }), FONTS_CSS);
        byte[] bytes = xhtml.getBytes(StandardCharsets.UTF_8);
        out.write(xhtmlPath(r.publication().relativePath()), bytes);
        for (var asset : assets.entrySet()) {
            if (written.add(folder + asset.getKey())) out.write(folder + asset.getKey(), Files.readAllBytes(asset.getValue()));
        }
        if (written.add(folder + FONTS_CSS)) writeXhtmlStyles(out, folder, fonts);
        return Hashes.of(bytes);
    }

    private static final String FONTS_CSS = "fonts.css";

    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }

    /**
     * The templates' stylesheets and the fonts with @font-face rules (Flying Saucer gets fonts from
     * the renderer; a browser needs the rules). Font names come from the font files, so they are
     * written as escaped CSS strings and the files are copied under safe names.
     */
    private void writeXhtmlStyles(OutputFolder out, String folder, FontSet fonts) throws IOException {
        StringBuilder faces = new StringBuilder("/* Written by handouts build --emit-xhtml: the fonts the PDF embeds. */\n");
        for (FontSet.Face face : fonts.faces()) {
            String file = BrowserCopy.safeFileName(face.file().getFileName().toString());
            faces.append("@font-face { font-family: ").append(Css.string(face.family())).append("; src: url(")
                    .append(Css.string(file)).append(") format(\"truetype\"); font-weight: ")
                    .append(face.bold() ? "bold" : "normal").append("; }\n");
            out.write(folder + file, Files.readAllBytes(face.file()));
        }
        // The stack in order: a browser, unlike Flying Saucer, falls back per character by itself.
        faces.append("body { font-family: ").append(String.join(", ", fonts.families().stream()
                .map(f -> Css.string(f.name())).toList())).append("; }\n");
        out.write(folder + FONTS_CSS, faces.toString().getBytes(StandardCharsets.UTF_8));
        Path realTemplates = settings.templates().toRealPath();
        try (Stream<Path> files = Files.list(settings.templates())) {
            for (Path css : files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList()) {
                // The templates link their stylesheets by these names, so they keep them; a name that
                // is not safe cannot be linked by a template that parses, and is left out.
                String name = css.getFileName().toString();
                if (name.equals(BrowserCopy.safeFileName(name)) && !name.equals(FONTS_CSS) && css.toRealPath().startsWith(realTemplates)) {
                    out.write(folder + name, Files.readAllBytes(css));
                }
            }
        }
    }

    private static String xhtmlPath(String pdfPath) {
        return pdfPath.substring(0, pdfPath.length() - ".pdf".length()) + ".xhtml";
    }

    /** The output folder must not be one the build reads from, or a build could overwrite its inputs. */
    private void requireOutputOutsideInputs() {
        Path out = realPathOfNearestExisting(settings.output());
        for (Path in : List.of(settings.content(), settings.templates(), settings.fonts())) {
            Path input = realPathOfNearestExisting(in);
            if (out.startsWith(input) || input.startsWith(out)) {
                throw new InvalidContentException(new Problem("command line", 0, 0, "--out",
                        "output folder " + display(out) + " overlaps the input folder " + display(input),
                        "write to a separate folder such as output/"));
            }
        }
    }

    /** The real path of {@code path}, or of its nearest existing parent with the rest appended. */
    private static Path realPathOfNearestExisting(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private String display(Path path) {
        return DisplayPaths.of(path, settings.displayBase());
    }

    /** For tests and the benchmark: a fixed date such as 2026-01-01, as an instant at UTC midnight. */
    public static Optional<Instant> dateOf(LocalDate date) {
        return Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
