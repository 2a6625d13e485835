package org.handouts.content;

import org.handouts.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Sorts the entries of one content folder, so that no file goes unread without a word: the
 * {@code .yaml} (or {@code .yml}) files are read; a file whose name looks like YAML but is not
 * spelt so ({@code second.YAML}, {@code .Yml}) is an error, since its content would silently be
 * missing; hidden entries (a name starting with '.', such as {@code .DS_Store}, {@code .gitkeep}
 * or an editor's swap file) are left alone; everything else is kept to be judged once the content
 * is read, when it is known which files the content names (a logo, a picture).
 */
final class FolderScan {
    /** Lists a folder's entries: the file system's by default; a seam for tests to make it refuse. */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path folder) throws IOException;
    }

    static final Lister FILE_SYSTEM = folder -> {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    };

    /**
     * @param yaml   the files to read, sorted
     * @param ids    the id of every file that holds or looks like it holds content, read or not: a
     *               reference to one of them is not reported again as unknown
     * @param others entries that are neither, to judge against the files the content names
     */
    record Result(List<Path> yaml, Set<String> ids, List<Path> others) {
    }

    private FolderScan() {
    }

    static Result sort(List<Path> entries, Function<Path, String> display, Problems problems) {
        List<Path> yaml = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Path> others = new ArrayList<>();
        for (Path entry : entries.stream().sorted().toList()) {
            String name = entry.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            if (extension.equals("yaml") || extension.equals("yml")) {
                yaml.add(entry);
                ids.add(name.substring(0, dot));
            } else if (extension.equalsIgnoreCase("yaml") || extension.equalsIgnoreCase("yml")) {
                ids.add(name.substring(0, dot));
                problems.add(new Problem(display.apply(entry), 0, 0, "", "is not read: only names ending in .yaml, in lower case, are",
                        "rename it to " + name.substring(0, dot) + ".yaml"));
            } else if (!name.startsWith(".")) {
                others.add(entry);
            }
        }
        return new Result(yaml, ids, others);
    }

    /**
     * Warnings for the entries no content file names: an image or PDF no brand or exercise uses, a
     * folder, any other file. {@code named} holds the real paths of every file the content names.
     */
    static void judgeOthers(List<Path> others, String folderNoun, Set<Path> named, Function<Path, String> display,
                            Problems warnings) {
        for (Path entry : others) {
            Path real = realOrAsIs(entry);
            if (named.contains(real)) continue;
            String shown = display.apply(entry);
            if (Files.isDirectory(real)) {
                if (named.stream().anyMatch(n -> n.startsWith(real))) continue;
                warnings.add(new Problem(shown, 0, 0, "", "is a folder that is not read",
                        "keep only .yaml files and the pictures they name here; move it out of content/"));
            } else if (isPicture(entry.getFileName().toString())) {
                warnings.add(new Problem(shown, 0, 0, "", "is not used: no " + folderNoun + " names it",
                        "name it in the file that shows it, or remove it"));
            } else {
                warnings.add(new Problem(shown, 0, 0, "", "is not read: only .yaml files and the pictures they name are",
                        "move it out of content/"));
            }
        }
    }

    static boolean isPicture(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".pdf");
    }

    private static Path realOrAsIs(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
