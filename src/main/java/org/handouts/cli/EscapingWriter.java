package org.handouts.cli;

import org.handouts.model.DisplayText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last line of defence on stdout and stderr: any control or invisible format character that
 * reaches the stream is written escaped ({@link DisplayText#escapeKeepingLineBreaks}), so no escape
 * code from a file name or a value ever reaches the terminal, whatever message forgot to escape it.
 * Line breaks pass, as they are the program's own; values are escaped where messages are made, so
 * a newline inside a value is already shown as {@code \n}. JSON stays valid: Jackson escapes C0
 * controls itself, and the {@code \}{@code uXXXX} written for any other character inside a JSON
 * string is JSON's own escape for that same character.
 */
final class EscapingWriter extends FilterWriter {
    /** A high surrogate at the end of one write waits for its other half in the next. */
    private final StringBuilder pending = new StringBuilder(1);

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        synchronized (lock) {
            pending.append(text, offset, offset + length);
            int end = pending.length();
            if (end > 0 && Character.isHighSurrogate(pending.charAt(end - 1))) end--;
            out.write(DisplayText.escapeKeepingLineBreaks(pending.substring(0, end)));
            pending.delete(0, end);
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            // A half of a pair that never got its other half: written escaped, as a lone surrogate is.
            out.write(DisplayText.escapeKeepingLineBreaks(pending.toString()));
            pending.setLength(0);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
