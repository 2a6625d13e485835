package org.handouts.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it, the way spreadsheets save it: a header row, fields separated by
 * commas, quoted fields that may hold commas, doubled quotes and line breaks, CRLF or LF line ends,
 * an optional UTF-8 byte order mark, and blank lines (skipped). Every field keeps the line and
 * column it starts at, so a problem with it can be located.
 */
final class CsvReader {
    private CsvReader() {
    }

    /** One field, located at its first character (1-based). */
    record Cell(String text, int line, int column) {
    }

    /** One record: its first line and its fields. */
    record Row(int line, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /** The rows (header first), or where the text stops being CSV. */
    sealed interface Result {
        record Parsed(List<Row> rows) implements Result {
            public Parsed {
                rows = List.copyOf(rows);
            }
        }

        record Failed(int line, int column, String message, String hint) implements Result {
        }
    }

    static Result read(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int lineStart = i;
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int rowLine = line;
        int n = text.length();
        boolean rowHasContent = false;
        while (i <= n) {
            int cellLine = line;
            int cellColumn = i - lineStart + 1;
            StringBuilder field = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                int openLine = line;
                int openColumn = cellColumn;
                i++;
                while (true) {
                    if (i >= n) {
                        return new Result.Failed(openLine, openColumn, "a quoted field is never closed",
                                "end the field with a \" (write \"\" for a quote inside it)");
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                        field.append('\n');
                        line++;
                        lineStart = i;
                        continue;
                    }
                    field.append(c);
                    i++;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    return new Result.Failed(line, i - lineStart + 1, "text after the closing quote of a field",
                            "put the whole field in quotes, and write \"\" for a quote inside it");
                }
                rowHasContent = true;
            } else {
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    field.append(text.charAt(i));
                    i++;
                }
                if (!field.isEmpty()) rowHasContent = true;
            }
            cells.add(new Cell(field.toString(), cellLine, cellColumn));
            if (i < n && text.charAt(i) == ',') {
                i++;
                rowHasContent = true;
                continue;
            }
            // End of the record: a line end or the end of the text.
            if (rowHasContent) rows.add(new Row(rowLine, cells));
            cells = new ArrayList<>();
            rowHasContent = false;
            if (i >= n) break;
            i += (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
            line++;
            lineStart = i;
            rowLine = line;
            if (i == n) break;
        }
        return new Result.Parsed(rows);
    }
}
