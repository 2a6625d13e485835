package org.handouts.model;

/**
 * Libraries sometimes wrap an {@link OutOfMemoryError} in an exception of their own (OpenPDF's
 * image loader does). Code that turns library exceptions into content problems asks here first,
 * so running out of memory is reported as that, never as a damaged file or a bug.
 */
public final class OutOfMemory {
    private OutOfMemory() {
    }

    /** Throws the {@link OutOfMemoryError} in {@code failure}'s cause chain, if there is one. */
    public static void rethrowFrom(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) throw oom;
        }
    }
}
