package org.handouts.cli;

/** The program's exit codes, as documented in README. */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** The content, templates or fonts have problems; each was printed as file:line:column. */
    public static final int INVALID_CONTENT = 1;
    /** The command line was wrong (unknown option, bad value). */
    public static final int USAGE = 2;
    /** The output could not be written (disk full, no permission). */
    public static final int OUTPUT_FAILED = 3;
    /** A batch (pack --csv) wrote the good rows' packs, but some rows failed; each was reported by line. */
    public static final int SOME_FAILED = 4;
    /**
     * The Java heap ran out (sysexits EX_OSERR: a resource of the system, not a bug); the message
     * says how to raise it.
     */
    public static final int OUT_OF_MEMORY = 71;
    /**
     * Another build or pack was writing to the output folder for longer than this one would wait
     * (sysexits EX_TEMPFAIL: try again later).
     */
    public static final int OUTPUT_BUSY = 75;
    /** A bug in the program: a stack trace was printed; please report it. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
