package org.handouts.content;

import org.handouts.model.FileErrors;
import org.handouts.model.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A file that a content file names, such as a brand's logo or an exercise's own picture: found
 * next to the naming file (or in a folder under it), and only inside the content folder, links
 * resolved. Each defect is a located problem at the field that names the file.
 *
 * @param noun    what the file is, in messages ("logo", "picture")
 * @param example a file name to show in hints, such as logo.png
 * @param nextTo  what the file should sit next to, in hints ("the brand file")
 */
record LocalFile(String noun, String example, String nextTo) {
    /** Largest file accepted: a picture or logo prints a few centimetres wide. */
    static final long MAX_BYTES = 2 * 1024 * 1024;
    /** Longest file name accepted, folders included. */
    static final int MAX_NAME = 100;

    /** What the first bytes of a file say it is. */
    enum Kind { PNG, JPEG, PDF }

    /**
     * The real path of the file {@code name} in {@code folder}, or empty after recording why not.
     * The name is judged before the file system is touched, so nothing outside is even looked at.
     */
    Optional<Path> find(String name, Path folder, Path root, Fields f, Node at, String where,
                        Function<Path, String> display) {
        Path file;
        try {
            file = folder.toAbsolutePath().resolve(name.strip()).normalize();
        } catch (InvalidPathException e) {
            f.problem(at, where, "'" + Texts.shorten(name) + "' is not a file name", "give the " + noun + "'s file name, such as " + example);
            return Optional.empty();
        }
        Optional<String> badName = Optional.ofNullable(file.getFileName()).flatMap(n -> Ids.findFileNameDefect(n.toString()));
        if (badName.isPresent()) {
            f.problem(at, where, "file name '" + Texts.shorten(name) + "' " + badName.get(),
                    "rename the file using letters, digits, spaces and . - _ ( ) +, such as " + example);
            return Optional.empty();
        }
        if (!file.startsWith(root.toAbsolutePath().normalize())) {
            f.problem(at, where, "'" + Texts.shorten(name) + "' is outside the content folder",
                    "put the " + noun + " in " + display.apply(folder) + " and give just its file name, such as " + example);
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            if (!Files.isRegularFile(file)) {
                f.problem(at, where, "file '" + Texts.shorten(name) + "' not found", "put the " + noun + " next to " + nextTo + ", in "
                        + display.apply(folder));
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                f.problem(at, where, "'" + Texts.shorten(name) + "' is outside the content folder", "copy the " + noun + " into " + display.apply(folder));
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            cannotRead(name, e, f, at, where);
            return Optional.empty();
        }
    }

    /**
     * A file name as written in a field: not checked as printed text (a path may be one long
     * word), only for length and invisible characters.
     */
    static Optional<String> name(Fields f, Node node, String where) {
        return f.scalarText(node, where).map(String::strip).filter(name -> {
            if (name.isEmpty()) {
                f.problem(node, where, "is empty", "give the file name, or remove the field");
                return false;
            }
            if (name.length() > MAX_NAME) {
                f.problem(node, where, "is " + name.length() + " characters long, more than " + MAX_NAME,
                        "use a shorter file name");
                return false;
            }
            if (name.codePoints().anyMatch(Texts::isInvisibleControl)) {
                f.problem(node, where, "contains an invisible control character", "delete and retype the file name");
                return false;
            }
            return true;
        });
    }

    void cannotRead(String name, IOException e, Fields f, Node at, String where) {
        f.problem(at, where, "cannot read '" + Texts.shorten(name) + "': " + FileErrors.reason(e), "check the file's permissions");
    }

    /** The kind of file by its first bytes (never by its name), if it is one we print. */
    static Optional<Kind> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') return Optional.of(Kind.PNG);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) return Optional.of(Kind.JPEG);
        if (head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') return Optional.of(Kind.PDF);
        return Optional.empty();
    }
}
