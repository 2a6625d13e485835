package org.handouts.publish;

/** Hears about a build's progress, for the command line's log or progress bar. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {
    };

    /** The number of outputs this build will look at. */
    default void planned(int outputs) {
    }

    /** Something in the content worth a word that does not stop the build (a file nothing uses). */
    default void warning(org.handouts.model.Problem warning) {
    }

    /** One output rendered (not yet written: outputs are written once all have rendered). */
    default void rendered(String path) {
    }

    /** Another build or pack is writing to {@code folder}; this one waits for it, up to a limit. */
    default void waiting(java.nio.file.Path folder) {
    }
}
