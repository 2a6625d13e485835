package org.handouts.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    void write(String relative, byte[] bytes) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        Path realParent = target.getParent().toRealPath();
        if (!realParent.startsWith(root.toRealPath())) {
            throw new IOException("output folder " + target.getParent() + " links outside " + root);
        }
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", PARTIAL_SUFFIX);
        try {
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
        Files.deleteIfExists(resolve(relative));
    }

    /** Removes temporary files an interrupted build (killed mid-write) left behind. */
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> walk = Files.walk(root, 3)) {
            for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(PARTIAL_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
