package org.handouts.publish;

import java.time.Duration;

/** Another build or pack was writing to the output folder for longer than this one waited. */
public final class OutputBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputBusyException(String folder, Duration waited) {
        super("another build is writing to " + folder + "/; waited " + waited.toSeconds()
                + " s for it (run again when it has finished, or wait longer with --wait SECONDS)");
    }
}
