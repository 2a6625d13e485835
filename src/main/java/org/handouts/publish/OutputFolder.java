package org.handouts.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes into the output folder so that a reader never sees a partial file: each file is written
 * to a hidden temporary file beside its target, flushed to disk, then renamed over it. Deletes
 * only a regular file, reached without links, that holds content the caller names by hash.
 */
final class OutputFolder {
    static final String PARTIAL_SUFFIX = ".partial";
    /** The lock file builds and packs hold while they write; never listed, never cleaned up. */
    static final String LOCK_FILE = ".handouts.lock";
    /** Folders other commands write to: a build never deletes in them. */
    static final Set<String> NOT_MANIFESTED = Set.of("packs", "previews");

    /** Called after each change this class makes to the folder: tests stop or fail a build there. */
    interface Hook {
        Hook NONE = (step, relative) -> { };

        /** {@code step} is "written" (temporary file complete), "renamed" or "deleted". */
        void reached(String step, String relative) throws IOException;
    }

    private final Path root;
    private final Hook hook;

    OutputFolder(Path root) {
        this(root, Hook.NONE);
    }

    OutputFolder(Path root, Hook hook) {
        this.root = root.toAbsolutePath().normalize();
        this.hook = hook;
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
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            hook.reached("written", relative);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            hook.reached("renamed", relative);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The SHA-256 of the file at {@code relative} if it is a regular file reached without links,
     * inside the folder and readable; empty otherwise. What a build may trust or delete.
     */
    Optional<String> findHash(String relative) {
        try {
            Path target = resolve(relative);
            if (!isPlainPath(target)) return Optional.empty();
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) return Optional.empty();
            return Optional.of(Hashes.of(Files.readAllBytes(target)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the file at {@code relative} only if it holds one of {@code hashes} (content this
     * program wrote there), is a regular file reached without links, and is not in a folder other
     * commands write to. Returns whether it deleted.
     */
    boolean deleteIfHolds(String relative, Set<String> hashes) throws IOException {
        Path target = resolve(relative);
        if (NOT_MANIFESTED.contains(root.relativize(target).getName(0).toString())) return false;
        Optional<String> hash = findHash(relative);
        if (hash.isEmpty() || !hashes.contains(hash.get())) return false;
        Files.delete(target);
        hook.reached("deleted", relative);
        return true;
    }

    /** Whether every folder from the root down to {@code target} is a real folder, no link. */
    private boolean isPlainPath(Path target) throws IOException {
        if (!Files.isDirectory(target.getParent(), LinkOption.NOFOLLOW_LINKS)) return false;
        Path realRoot = root.toRealPath();
        return target.getParent().toRealPath().equals(realRoot.resolve(root.relativize(target.getParent())).normalize());
    }

    /** Refuses a target whose folder is a link leading out of the output folder. */
    private void requireInside(Path target) throws IOException {
        if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("output folder " + target.getParent() + " links outside " + root);
        }
    }

    /** Flushes the folder's own entries (the renames) to disk, so a crash cannot reorder them. */
    void syncFolder() {
        try (FileChannel dir = FileChannel.open(root, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder; the files themselves were flushed.
        }
    }

    /**
     * Removes temporary files an interrupted build (killed mid-write) left behind. Call it holding
     * the lock: then no other build has a temporary file in progress. previews/ is left alone:
     * the preview command writes there without the lock.
     */
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(root)) return;
        Path previews = root.resolve("previews");
        try (Stream<Path> walk = Files.walk(root, 3)) {
            // Only names this class makes: --out may be a folder other programs use too.
            for (Path p : walk.filter(p -> !p.startsWith(previews))
                    .filter(p -> OWN_PARTIAL.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The output folder's lock, held while a build or pack writes; released by {@link #close}. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                lock.release();
            }
        }
    }

    /** Another build held the lock for longer than this one would wait. */
    static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Takes the folder's lock (creating the folder), waiting up to {@code wait} for another build
     * or pack to finish writing; {@code onWait} runs once if it has to wait. The lock file stays:
     * deleting it would let a third build lock a new file while the second holds the old one.
     */
    Lock lock(Duration wait, Runnable onWait) throws IOException {
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;   // held by another build in this same JVM
                }
                if (lock != null) return new Lock(channel, lock);
                if (System.nanoTime() - deadline >= 0) throw new BusyException("another build is writing to " + root);
                if (!told) {
                    onWait.run();
                    told = true;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("interrupted while waiting for the lock on " + root, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
