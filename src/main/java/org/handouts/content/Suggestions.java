package org.handouts.content;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt field names, enum values and ids. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance, if any. */
    static Optional<String> findClosest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String t = typed.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(2, typed.length() / 3);
        for (String c : candidates) {
            if (Math.abs(c.length() - t.length()) > allowed) continue; // the distance is at least this
            int d = distance(t, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "did you mean 'reps'?" or a list of what is allowed. */
    static String hint(String typed, Collection<String> candidates) {
        return findClosest(typed, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElse(candidates.size() <= 20 ? "expected one of: " + String.join(", ", candidates) : "");
    }

    /** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
