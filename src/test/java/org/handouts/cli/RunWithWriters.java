package org.handouts.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@link Main#run(PrintWriter, PrintWriter, String...)} in a child JVM (to give it an
 * environment) and prints what went to each writer, so a test can tell that nothing bypassed them.
 */
public final class RunWithWriters {
    private RunWithWriters() {
    }

    public static void main(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        System.out.print("EXIT " + exit + "\n=== OUT\n" + out + "=== ERR\n" + err);
        System.out.flush();
    }
}
