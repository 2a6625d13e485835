package org.handouts.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code output/manifest.json}: every output with its hash, size and the hash of what it was made
 * from, so a rebuild can skip what did not change. Written sorted, so it is itself reproducible.
 */
public record Manifest(String generator, List<Entry> outputs) {
    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One output file, by its path relative to the output folder. */
    public record Entry(String path, String sha256, int pages, long bytes, String inputs) {
    }

    public Manifest {
        outputs = outputs == null ? null : outputs.stream().filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Entry::path, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
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
            return new Manifest(m.generator(), m.outputs().stream().filter(Manifest::isWellFormed).toList());
        } catch (IOException e) {
            return new Manifest("", List.of()); // a damaged manifest only means a full rebuild
        }
    }

    private static final java.util.regex.Pattern OUTPUT_PATH =
            java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*\\.(pdf|html)");

    private static boolean isWellFormed(Entry e) {
        return e != null && e.path() != null && e.sha256() != null && e.inputs() != null
                && OUTPUT_PATH.matcher(e.path()).matches();
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
            return (JSON.writeValueAsString(this) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
