package org.handouts.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.handouts.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one YAML document into a {@link Node} tree with positions. It reads Jackson's token stream
 * rather than binding to classes, so every value keeps its line and column, and aliases are never
 * expanded (an alias is refused), which rules out "billion laughs" expansion.
 */
public final class YamlReader {
    /** Content files are small; anything bigger is a mistake or an attack. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 20;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // the builder starts with this off, unlike new YAMLFactory(): "name:" with no value is null
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /** The outcome: a root node, or the problems that prevented one. */
    public sealed interface Result {
        record Parsed(Node root) implements Result {
        }

        record Failed(List<Problem> problems) implements Result {
        }
    }

    /**
     * Parses {@code bytes}, naming {@code file} in problems. Never throws for bad input: every
     * defect comes back as a problem.
     */
    public Result read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return fail(file, 0, 0, tooLarge(bytes.length), "content files hold one exercise, routine or brand each; split it up");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int[] at = positionOfBadByte(bytes);
            return fail(file, at[0], at[1], "file is not UTF-8 text",
                    "save it as UTF-8 in your editor (\"Save with encoding\")");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            return fail(file, 1, 1, "file is empty", "write the fields this file needs; see docs/content-format.md");
        }
        if (text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            return fail(file, 1, 1, "file has only comments",
                    "write the fields this file needs; see docs/content-format.md");
        }
        Optional<Problem> control = findControlCharacter(file, text);
        if (control.isPresent()) return new Result.Failed(List.of(control.get()));
        List<Problem> problems = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    return fail(file, 1, 1, "file is empty", "write the fields this file needs; see docs/content-format.md");
                }
                Node root = readValue(parser, first, file, problems);
                JsonToken after = parser.nextToken();
                if (after != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    int line = documentMarkerBefore(text, at.getLineNr(), root.line());
                    problems.add(new Problem(file, line > 0 ? line : at.getLineNr(), line > 0 ? 1 : at.getColumnNr(), "",
                            "more than one YAML document in the file", "remove the second '---' and what follows, or move it to a file of its own"));
                }
                return problems.isEmpty() ? new Result.Parsed(root) : new Result.Failed(problems);
            } catch (StreamConstraintsException e) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(), "",
                        "the fields are nested more than " + MAX_DEPTH + " levels deep",
                        "content files need only a few levels of indentation; check for stray '-', '[' or '{'"));
                return new Result.Failed(problems);
            }
        } catch (AliasRefused e) {
            return new Result.Failed(problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(file, e));
            return new Result.Failed(problems);
        } catch (IOException e) {
            return fail(file, 0, 0, "could not read: " + e.getMessage(), "");
        }
    }

    /** The line of the '---' that starts the document at {@code line}, if it comes after {@code after}; else 0. */
    private static int documentMarkerBefore(String text, int line, int after) {
        List<String> lines = text.lines().limit(line).toList();
        for (int l = lines.size(); l > after; l--) {
            if (lines.get(l - 1).startsWith("---")) return l;
        }
        return 0;
    }

    /** "file is 257 KiB, more than the limit of 256 KiB": rounded up, so it never reads as equal. */
    static String tooLarge(long bytes) {
        return "file is " + (bytes + 1023) / 1024 + " KiB, more than the limit of " + MAX_BYTES / 1024 + " KiB";
    }

    private Node readValue(YAMLParser p, JsonToken token, String file, List<Problem> problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (p.isCurrentAlias()) {
            // One report is enough, and stopping here keeps a "billion laughs" file cheap to refuse.
            problems.add(new Problem(file, line, col, "", "YAML alias '*" + Texts.shorten(p.getText()) + "' is not allowed",
                    "write the value out in full instead of using & and *"));
            throw new AliasRefused();
        }
        String tag = p.getTypeId();
        if (tag != null && token != JsonToken.VALUE_EMBEDDED_OBJECT) {
            // A tag would be silently dropped (the value read as text), so the author would not
            // get what they wrote; some tags are also used to attack YAML loaders.
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            problems.add(new Problem(file, line, col, "", "YAML tag '" + Texts.shorten(shown) + "' is not allowed",
                    "remove the tag and write the value as plain text"));
        }
        return switch (token) {
            case START_OBJECT -> readMapping(p, file, problems, line, col);
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(readValue(p, t, file, problems));
                }
                yield new Node.Sequence(items, line, col);
            }
            case VALUE_STRING -> new Node.Scalar(p.getText(), Node.Scalar.Type.TEXT, line, col);
            case VALUE_NUMBER_INT -> new Node.Scalar(p.getText(), Node.Scalar.Type.INTEGER, line, col);
            case VALUE_NUMBER_FLOAT -> new Node.Scalar(p.getText(), Node.Scalar.Type.DECIMAL, line, col);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(p.getText(), Node.Scalar.Type.BOOLEAN, line, col);
            case VALUE_NULL -> new Node.Scalar("", Node.Scalar.Type.NULL, line, col);
            case VALUE_EMBEDDED_OBJECT -> { // !!binary
                problems.add(new Problem(file, line, col, "", "binary data (!!binary) is not allowed", "write plain text"));
                yield new Node.Scalar("", Node.Scalar.Type.NULL, line, col);
            }
            default -> throw new IllegalStateException("unexpected YAML token " + token + " at " + line + ":" + col);
        };
    }

    private Node readMapping(YAMLParser p, String file, List<Problem> problems, int line, int col) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            JsonLocation keyAt = p.currentTokenLocation();
            String key = p.currentName();
            Node value = readValue(p, p.nextToken(), file, problems);
            Integer first = seen.putIfAbsent(key, keyAt.getLineNr());
            if (first != null) {
                problems.add(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), Texts.shorten(key),
                        "field appears twice, first on line " + first, "keep one of them"));
                continue;
            }
            entries.add(new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new Node.Mapping(entries, line, col);
    }

    private static Result fail(String file, int line, int col, String message, String hint) {
        return new Result.Failed(List.of(new Problem(file, line, col, "", message, hint)));
    }

    /** Thrown on the first alias: the problem is recorded, and nothing more of the file is read. */
    private static final class AliasRefused extends IOException {
        private static final long serialVersionUID = 1L;

        AliasRefused() {
            super("alias refused", null);
        }
    }

    /**
     * A syntax error in words an editor can act on, at the place to fix: SnakeYAML's problem mark
     * (or, for an unclosed quote or a missing colon, where the text or the field starts), not the
     * last token Jackson read.
     */
    static Problem syntaxError(String file, JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        String context = null;
        Mark problemMark = null;
        Mark contextMark = null;
        if (e.getCause() instanceof MarkedYAMLException marked) {
            problem = marked.getProblem();
            context = marked.getContext();
            problemMark = marked.getProblemMark();
            contextMark = marked.getContextMark();
        }
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        String message;
        String hint;
        Mark at = problemMark;
        if (p.contains("(TAB)")) {
            message = "a tab is used for indenting";
            hint = "indent with spaces, not tabs";
        } else if (c.contains("quoted scalar")) {
            message = "a quote opened here is not closed";
            hint = "add the closing quote at the end of the text";
            at = contextMark != null ? contextMark : problemMark;
        } else if (p.contains("mapping values are not allowed")) {
            message = "':' is not allowed here";
            hint = "put text that contains ': ' in quotes; if this is a field, line it up with the fields above";
        } else if (p.contains("could not find expected ':'")) {
            message = "a field name has no ':' after it";
            hint = "write each field as name: value, with a colon after the name";
            at = contextMark != null ? contextMark : problemMark;
        } else if (p.startsWith("expected ',' or ']'") || p.startsWith("expected ',' or '}'")) {
            boolean list = p.contains("']'");
            message = list ? "a list started with '[' is not closed" : "a set of fields started with '{' is not closed";
            hint = "add the closing " + (list ? "']'" : "'}'") + ", or put text that starts with " + (list ? "'['" : "'{'") + " in quotes";
            at = contextMark != null ? contextMark : problemMark;
        } else if (p.startsWith("Expected a field name")) {
            message = "a field name must be plain text, not a list or a set of fields";
            hint = "write each field as name: value";
        } else if (p.startsWith("expected <block end>") || p.startsWith("expected '<document start>'")) {
            message = "this line does not line up with the lines above";
            hint = "indent fields and list items of the same level by the same number of spaces";
        } else {
            message = cleanMessage(p);
            hint = "check the indentation and quotes on this line and the one before";
        }
        int line;
        int column;
        if (at != null) {
            line = at.getLine() + 1;
            column = at.getColumn() + 1;
        } else {
            JsonLocation loc = e.getLocation();
            line = loc == null ? 0 : loc.getLineNr();
            column = loc == null ? 0 : loc.getColumnNr();
        }
        return new Problem(file, Math.max(line, 0), Math.max(column, 0), "", "YAML syntax error: " + message, hint);
    }

    /** SnakeYAML's messages span several lines and quote the input; keep the first sentence. */
    static String cleanMessage(String message) {
        if (message == null) return "unreadable";
        String first = message.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^"))
                .findFirst().orElse("unreadable");
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    /**
     * YAML refuses control characters outside quotes with an unlocated "special characters are not
     * allowed"; find the first one ourselves, so the editor learns where it is.
     */
    static Optional<Problem> findControlCharacter(String file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029
                    || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
                continue;
            }
            if (!isYamlPrintable(cp)) {
                return Optional.of(new Problem(file, line, column, "", "contains an invisible control character "
                        + Texts.codePoint(cp), "delete and retype the text around it"));
            }
            column++;
        }
        return Optional.empty();
    }

    /** The characters YAML 1.1 allows in a stream. */
    private static boolean isYamlPrintable(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static int[] positionOfBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            } else if (bytes[i] < 0) {
                int len = (bytes[i] & 0xE0) == 0xC0 ? 2 : (bytes[i] & 0xF0) == 0xE0 ? 3 : (bytes[i] & 0xF8) == 0xF0 ? 4 : 1;
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
                    i += len - 1;
                } catch (CharacterCodingException e) {
                    return new int[] {line, i - lineStart + 1};
                }
            }
        }
        return new int[] {0, 0};
    }
}
