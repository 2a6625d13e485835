package org.handouts.publish;

/**
 * Share {@code index} of {@code count} (1-based): a publication belongs to the shard its stable
 * hash falls in, so every output is in exactly one shard and shards do not shift when unrelated
 * outputs are added.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Parses "2/3". */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("shard must look like 2/3, got '" + text + "'");
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must look like 2/3, got '" + text + "'");
        }
    }

    public boolean includes(String key) {
        if (count == 1) return true;
        // FNV-1a: stable across JVMs, unlike String.hashCode's contract (which is stable in practice, but not promised).
        int h = 0x811c9dc5;
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, count) == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
