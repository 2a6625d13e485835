package org.handouts.model;

import java.nio.file.Path;

/**
 * How files are named in messages and logs: relative to a base folder (usually the working
 * directory) when they are inside it, so they can be clicked in an editor or a CI log, otherwise
 * absolute; always with '/' separators.
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path, Path base) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
