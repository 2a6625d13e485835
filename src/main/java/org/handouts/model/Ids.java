package org.handouts.model;

import java.util.regex.Pattern;

/**
 * Ids name content files and output files, so they are restricted to lower-case letters, digits and
 * single hyphens: safe in every file system and URL, and never a path.
 */
public final class Ids {
    public static final int MAX_LENGTH = 60;
    private static final Pattern SAFE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    public static boolean isSafe(String id) {
        return id != null && id.length() <= MAX_LENGTH && SAFE.matcher(id).matches();
    }

    /** The id, or an exception when it is not a safe id (a bug: loaders check ids first). */
    public static String require(String id) {
        if (!isSafe(id)) throw new IllegalArgumentException("not a safe id: " + id);
        return id;
    }
}
