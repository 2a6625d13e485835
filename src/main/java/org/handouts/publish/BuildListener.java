package org.handouts.publish;

/** Hears about a build's progress, for the command line's log or progress bar. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {
    };

    /** The number of outputs this build will look at. */
    default void planned(int outputs) {
    }

    /** One output rendered (not yet written: outputs are written once all have rendered). */
    default void rendered(String path) {
    }
}
