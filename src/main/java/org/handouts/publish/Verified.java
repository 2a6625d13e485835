package org.handouts.publish;

import org.handouts.post.PdfFinisher;


import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A manifest's claims checked against the files. Only a file that holds, byte for byte, what the
 * manifest recorded for it is skipped on or considered at all; it counts as this program's own,
 * to delete, only if it also carries the file identifier this program derives from that path and
 * the recorded inputs. So a tampered manifest can name any file and still delete nothing this
 * program did not write there.
 *
 * @param outputs the manifest's outputs whose file holds the recorded hash
 * @param held    every path, output or pending, whose file holds content the manifest recorded
 *                there: its hash now and the input hashes it may have been made from
 */
record Verified(Map<String, Manifest.Entry> outputs, Map<String, Held> held) {

    /** What a file holds now, and the inputs the manifest says such content was made from. */
    record Held(String sha256, Set<String> inputs) {
    }

    static Verified of(Manifest manifest, OutputFolder out) {
        Map<String, Manifest.Entry> outputs = new TreeMap<>();
        Map<String, Held> held = new TreeMap<>();
        for (Manifest.Entry e : manifest.outputs()) {
            Optional<String> hash = out.findHash(e.path());
            if (hash.isEmpty() || !hash.get().equals(e.sha256())) continue;
            outputs.put(e.path(), e);
            held.put(e.path(), new Held(hash.get(), Set.of(e.inputs())));
        }
        for (Manifest.Pending p : manifest.pending()) {
            if (held.containsKey(p.path())) continue;
            out.findHash(p.path()).filter(p.sha256()::contains)
                    .ifPresent(hash -> held.put(p.path(), new Held(hash, new TreeSet<>(p.inputs()))));
        }
        return new Verified(outputs, held);
    }

    /**
     * Whether the file at {@code path} is this program's to delete: it holds what the manifest
     * recorded and, for a PDF, carries the file identifier of its path and inputs (read only for
     * files about to be deleted, so a build that removes nothing opens no PDF).
     */
    boolean isOwn(OutputFolder out, String path) {
        Held h = held.get(path);
        if (h == null || !out.findHash(path).equals(Optional.of(h.sha256()))) return false;
        if (!path.endsWith(".pdf")) return true;     // a web page carries no file identifier: its hash decides
        try {
            Optional<byte[]> id = PdfFinisher.findFileId(out.resolve(path));
            return id.isPresent() && h.inputs().stream().anyMatch(i -> Arrays.equals(id.get(), DocumentRenderer.outputId(path, i)));
        } catch (IOException e) {
            return false;
        }
    }

    List<String> heldPaths() {
        return List.copyOf(held.keySet());
    }
}
