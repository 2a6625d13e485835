package org.handouts.bench;

import org.handouts.content.ContentLoader;
import org.handouts.model.Brand;
import org.handouts.model.DocumentKind;
import org.handouts.model.Library;
import org.handouts.model.PaperSize;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.pdf.FontSet;
import org.handouts.publish.BuildSettings;
import org.handouts.publish.DocumentRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Warm rendering benchmark (run by bench/run, not by the test suite): per-document time of each
 * stage for handouts and trackers (standard and large print, "-L"), and throughput with 1 and 2 threads, on the shipped content.
 * Usage: RenderBenchmark [project-dir] [seconds-per-measurement]
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        BuildSettings settings = BuildSettings.forProject(project);
        FontSet fonts = FontSet.load(settings.fonts());
        Library library = new ContentLoader(settings.content(), project, fonts::canPrint, new org.handouts.pdf.PdfInspector()).load();
        DocumentRenderer renderer = new DocumentRenderer(settings, library, fonts, org.handouts.languages.Bundles.shipped());
        Brand brand = library.brands().firstEntry().getValue();
        List<Publication> handouts = new ArrayList<>();
        List<Publication> trackers = new ArrayList<>();
        List<Publication> largeHandouts = new ArrayList<>();
        List<Publication> largeTrackers = new ArrayList<>();
        for (Routine r : library.routines().values()) {
            handouts.add(new Publication(brand, r, DocumentKind.HANDOUT, PaperSize.A4));
            trackers.add(new Publication(brand, r, DocumentKind.TRACKER, PaperSize.A4));
            largeHandouts.add(new Publication(brand, r, DocumentKind.HANDOUT, PaperSize.A4, org.handouts.model.Variant.LARGE));
            largeTrackers.add(new Publication(brand, r, DocumentKind.TRACKER, PaperSize.A4, org.handouts.model.Variant.LARGE));
        }
        List<Publication> all = new ArrayList<>(handouts);
        all.addAll(trackers);
        List<Publication> warm = new ArrayList<>(all);
        warm.addAll(largeHandouts);
        warm.addAll(largeTrackers);

        // Warm-up: let the JIT compile the hot paths before anything is measured.
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < warmUntil) for (Publication p : warm) renderer.render(p, "bench");

        System.out.printf(Locale.ROOT, "%-9s %9s %9s %9s %9s %9s%n", "document", "xhtml ms", "pdf ms", "finish ms", "total ms", "p90 ms");
        report("handout", handouts, renderer, seconds);
        report("tracker", trackers, renderer, seconds);
        report("handout-L", largeHandouts, renderer, seconds);
        report("tracker-L", largeTrackers, renderer, seconds);
        for (int threads : new int[] {1, 2}) {
            System.out.printf(Locale.ROOT, "throughput, %d thread%s: %.1f documents/s%n", threads, threads == 1 ? "" : "s",
                    throughput(all, renderer, threads, seconds));
        }
        System.out.printf(Locale.ROOT, "peak RSS of this JVM: %d MB%n", peakRssKb() / 1024);
    }

    private static void report(String name, List<Publication> docs, DocumentRenderer renderer, double seconds) {
        List<double[]> samples = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (Publication p : docs) {
                long t0 = System.nanoTime();
                String xhtml = renderer.xhtml(p);
                long t1 = System.nanoTime();
                byte[] pdf = renderer.pdf(xhtml, p);
                long t2 = System.nanoTime();
                renderer.finish(pdf, p, "bench");
                long t3 = System.nanoTime();
                samples.add(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6});
            }
        }
        double[] totals = samples.stream().mapToDouble(s -> s[3]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-9s %9.1f %9.1f %9.1f %9.1f %9.1f   (median of %d)%n", name,
                median(samples, 0), median(samples, 1), median(samples, 2), median(samples, 3),
                totals[(int) (totals.length * 0.9)], samples.size());
    }

    private static double median(List<double[]> samples, int column) {
        double[] v = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        return v[v.length / 2];
    }

    private static double throughput(List<Publication> docs, DocumentRenderer renderer, int threads, double seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long until = System.nanoTime() + (long) (seconds * 1e9);
            long start = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = offset; System.nanoTime() < until; i++, n++) renderer.render(docs.get(i % docs.size()), "bench");
                    return n;
                }));
            }
            int done = 0;
            for (Future<Integer> f : futures) done += f.get();
            return done / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long peakRssKb() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) return -1;
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Arrays.stream(l.split("\\s+")).filter(s -> s.matches("\\d+")).findFirst().orElse("0"))
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
    }
}
