package org.handouts.publish;

import org.handouts.model.Brand;
import org.handouts.model.Library;
import org.handouts.model.Publication;
import org.handouts.model.Exercise;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The hash of everything one output is made from: the program version, the build date, the
 * templates and fonts, and exactly the content files it uses (brand and logo, routine, its
 * exercises and their own picture files, advice and sources, and the next routine, whose title it
 * prints).
 */
final class Inputs {
    private final BuildSettings settings;
    private final Library library;
    private final Hashes hashes = new Hashes();
    private final List<Path> shared;
    private final String program;

    Inputs(BuildSettings settings, Library library) {
        this.settings = settings;
        this.library = library;
        List<Path> files = new ArrayList<>();
        files.addAll(listFiles(settings.templates()));
        files.addAll(listFiles(settings.fonts()));
        this.shared = files;
        this.program = programHash();
    }

    /**
     * The hash of the running jar, so that a new build of the program (same version number, other
     * code) does not skip outputs made by the old one. Empty when running from class folders.
     */
    private String programHash() {
        try {
            var source = Publisher.class.getProtectionDomain().getCodeSource();
            if (source == null) return "";
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? hashes.ofFile(location) : "";
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    String hash(Publication p) {
        return hash(p.relativePath() + "|" + p.kind() + "|" + p.paper() + "|" + p.language(), contentFiles(p));
    }

    /** A handout's web page: the handout's content, whatever its paper size. */
    String hashWebPage(Publication handout, String path) {
        return hash(path + "|web page|" + handout.language(), contentFiles(handout));
    }

    /**
     * A brand's index: the brand, its logo and the file of every routine it publishes (the index
     * shows each routine's title, level, who it is for and how often), and the paper sizes and
     * booklets its PDF links name.
     */
    String hashIndex(Brand brand, String language, String path) {
        TreeSet<Path> files = new TreeSet<>();
        content("brands", brand.id()).ifPresent(files::add);
        files.add(brand.logo());
        List<String> routines = library.routines().keySet().stream().filter(brand.catalogue()::publishes).toList();
        routines.forEach(r -> content("routines", r).ifPresent(files::add));
        return hash(path + "|index|" + language + "|" + settings.papers() + "|" + settings.variantsOf(brand) + "|booklets " + settings.booklet() + "|"
                + String.join(",", routines), List.copyOf(files));
    }

    private String hash(String what, List<Path> contentFiles) {
        MessageDigest sha = Hashes.sha256();
        update(sha, "handouts " + Publisher.VERSION + " " + program);
        update(sha, what);
        update(sha, settings.date().map(Object::toString).orElse("no date"));
        for (Path file : shared) update(sha, file.getFileName() + "=" + hashes.ofFile(file));
        for (Path file : contentFiles) {
            // Named by folder and file: stable whether the path came in relative, absolute or real.
            update(sha, file.getParent().getFileName() + "/" + file.getFileName() + "=" + hashes.ofFile(file));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private List<Path> contentFiles(Publication p) {
        TreeSet<Path> files = new TreeSet<>();
        Routine r = p.routine();
        content("brands", p.brand().id()).ifPresent(files::add);
        files.add(p.brand().logo());
        content("routines", r.id()).ifPresent(files::add);
        r.next().flatMap(n -> content("routines", n)).ifPresent(files::add);
        List<String> advice = new ArrayList<>(r.advice());
        advice.addAll(List.of(r.stopIf(), r.warmUp(), r.coolDown()));
        TreeSet<String> sources = new TreeSet<>();
        for (String a : advice) {
            content("advice", a).ifPresent(files::add);
            sources.addAll(library.requireAdvice(a).sources());
        }
        for (RoutineItem item : r.items()) {
            content("exercises", item.exerciseId()).ifPresent(files::add);
            Exercise e = library.requireExercise(item.exerciseId());
            sources.addAll(e.sources());
            e.equipment().forEach(thing -> content("equipment", thing.id()).ifPresent(files::add));
            e.pictures().values().forEach(picture -> files.add(picture.file()));
        }
        sources.forEach(s -> content("sources", s).ifPresent(files::add));
        return List.copyOf(files);
    }

    private java.util.Optional<Path> content(String folder, String id) {
        Path dir = settings.content().resolve(folder);
        return Stream.of(id + ".yaml", id + ".yml").map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static List<Path> listFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
