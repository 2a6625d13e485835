package org.handouts.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code output/manifest.json}: every output with its hash, size and the hash of what it was made
 * from, so a rebuild can skip what did not change. Written sorted, so it is itself reproducible.
 *
 * <p>A build writes it twice: before it replaces or deletes any file, listing those files under
 * {@code pending} (with every content they may hold) and not under {@code outputs}; and again when
 * done. So {@code outputs} never claims a file that is not on disk with that hash, whenever the
 * build stops. A build trusts an entry only after hashing the file again (see {@link Verified}).
 */
public record Manifest(String generator, List<Entry> outputs,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Pending> pending) {
    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * One output file, by its path relative to the output folder.
     *
     * @param xhtml the SHA-256 of the XHTML written beside it ({@code --emit-xhtml}), or null
     */
    public record Entry(String path, String sha256, int pages, long bytes, String inputs,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String xhtml) {
        public Entry(String path, String sha256, int pages, long bytes, String inputs) {
            this(path, sha256, pages, bytes, inputs, null);
        }
    }

    /**
     * A file a build was replacing or deleting when it stopped: it holds one of these contents
     * (the old or the new, made from one of these inputs) or is absent. Never skipped on; deleted
     * only while it holds one of them.
     */
    public record Pending(String path, List<String> sha256, List<String> inputs) {
        public Pending {
            sha256 = sha256 == null ? null : sha256.stream().filter(Objects::nonNull).distinct().sorted().toList();
            inputs = inputs == null ? null : inputs.stream().filter(Objects::nonNull).distinct().sorted().toList();
        }
    }

    public Manifest(String generator, List<Entry> outputs) {
        this(generator, outputs, List.of());
    }

    public Manifest {
        outputs = outputs == null ? null : outputs.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(Entry::path, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        pending = pending == null ? List.of() : pending.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(Pending::path, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The manifest in {@code folder}, or an empty one when there is none or it cannot be read. */
    public static Manifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return new Manifest("", List.of());
        try {
            Manifest m = JSON.readValue(file.toFile(), Manifest.class);
            if (m.outputs() == null) return new Manifest("", List.of());
            // The manifest decides what a build may delete, so only well-formed entries for files
            // this program writes are trusted; anything else only costs a rebuild.
            return new Manifest(m.generator(), m.outputs().stream().filter(Manifest::isWellFormed).toList(),
                    m.pending().stream().filter(Manifest::isWellFormed).toList());
        } catch (IOException e) {
            return new Manifest("", List.of()); // a damaged manifest only means a full rebuild
        }
    }

    /** brand/file.pdf or brand/file.html, lower-case ids: never "..", never absolute, never packs/ or previews/. */
    private static final Pattern OUTPUT_PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*\\.(pdf|html)");

    static boolean isOutputPath(String path) {
        return path != null && OUTPUT_PATH.matcher(path).matches()
                && !OutputFolder.NOT_MANIFESTED.contains(path.substring(0, path.indexOf('/')));
    }

    private static boolean isWellFormed(Entry e) {
        return e != null && isOutputPath(e.path()) && e.sha256() != null && e.inputs() != null;
    }

    private static boolean isWellFormed(Pending p) {
        return p != null && isOutputPath(p.path()) && p.sha256() != null && !p.sha256().isEmpty()
                && p.inputs() != null && !p.inputs().isEmpty();
    }

    public Map<String, Entry> byPath() {
        Map<String, Entry> map = new TreeMap<>();
        outputs.forEach(e -> map.put(e.path(), e));
        return map;
    }

    public Optional<Entry> find(String path) {
        return Optional.ofNullable(byPath().get(path));
    }

    public byte[] toJson() {
        try {
            return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
