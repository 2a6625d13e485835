package org.handouts.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes into the output folder so that a reader never sees a partial file: each file is written
 * to a hidden temporary file beside its target, flushed to disk, then renamed over it.
 */
final class OutputFolder {
    static final String PARTIAL_SUFFIX = ".partial";
    private final Path root;

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Resolves a relative output path, refusing anything that would land outside the folder. */
    Path resolve(String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("output path escapes the output folder: " + relative);
        }
        return target;
    }

    /** Writes a file readable by everyone (PDFs go to printers, web servers and CI artifacts). */
    void write(String relative, byte[] bytes) throws IOException {
        write(relative, bytes, PUBLIC);
    }

    /** Writes a file only its owner can read: a patient's pack. */
    void writePrivate(String relative, byte[] bytes) throws IOException {
        write(relative, bytes, PRIVATE);
    }

    private static final Set<PosixFilePermission> PUBLIC = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    /** The temporary names this class makes: ".name.pdf-123456789.partial". */
    private static final Pattern OWN_PARTIAL = Pattern.compile("\\..+-\\d+" + Pattern.quote(PARTIAL_SUFFIX));

    private void write(String relative, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        requireInside(target);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", PARTIAL_SUFFIX);
        try {
            // createTempFile makes owner-only files whatever the umask; the rename keeps the mode.
            if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, mode);
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(bytes);
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    void delete(String relative) throws IOException {
        Path target = resolve(relative);
        if (!Files.isDirectory(target.getParent())) return;
        requireInside(target);
        Files.deleteIfExists(target);
    }

    /** Refuses a target whose folder is a link leading out of the output folder. */
    private void requireInside(Path target) throws IOException {
        if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("output folder " + target.getParent() + " links outside " + root);
        }
    }

    /** Removes temporary files an interrupted build (killed mid-write) left behind. */
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root, 3)) {
            // Only names this class makes: --out may be a folder other programs use too.
            for (Path p : walk.filter(p -> OWN_PARTIAL.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
