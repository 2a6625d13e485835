package org.handouts.model;

import java.nio.file.Path;

/**
 * How files are named in messages and logs: relative to a base folder (usually the working
 * directory) when they are inside it, so they can be clicked in an editor or a CI log, otherwise
 * absolute; always with '/' separators. The result keeps every character of the name (JSON output
 * carries it as it is); a human-readable message shows it through {@link #shown} or
 * {@link Problem#format}, which escape control characters.
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path, Path base) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** {@link #of}, made safe to print in a message or a log line ({@link DisplayText#escape}). */
    public static String shown(Path path, Path base) {
        return DisplayText.escape(of(path, base));
    }
}
