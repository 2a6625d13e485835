package org.handouts.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.handouts.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
            return fail(file, 0, 0, "file is " + bytes.length / 1024 + " KiB, more than the limit of "
                    + MAX_BYTES / 1024 + " KiB", "content files hold one exercise, routine or brand each; split it up");
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
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            return fail(file, 1, 1, "file is empty", "write the fields this file needs; see docs/content-format.md");
        }
        List<Problem> problems = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            Node root = readValue(parser, first, file, problems);
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(), "",
                        "more than one YAML document in the file", "remove the second '---' and what follows, or move it to a file of its own"));
            }
            return problems.isEmpty() ? new Result.Parsed(root) : new Result.Failed(problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "YAML syntax error: " + cleanMessage(e.getOriginalMessage()), syntaxHint(e.getOriginalMessage())));
            return new Result.Failed(problems);
        } catch (IOException e) {
            return fail(file, 0, 0, "could not read: " + e.getMessage(), "");
        }
    }

    private Node readValue(YAMLParser p, JsonToken token, String file, List<Problem> problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (p.isCurrentAlias()) {
            problems.add(new Problem(file, line, col, "", "YAML aliases (*" + p.getText() + ") are not allowed",
                    "write the value out in full"));
            return new Node.Scalar("", Node.Scalar.Type.NULL, line, col);
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
            default -> throw new IllegalStateException("unexpected YAML token " + token + " at " + line + ":" + col);
        };
    }

    private Node readMapping(YAMLParser p, String file, List<Problem> problems, int line, int col) throws IOException {
        List<Node.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            JsonLocation keyAt = p.currentTokenLocation();
            String key = p.currentName();
            Node value = readValue(p, p.nextToken(), file, problems);
            if (!seen.add(key)) {
                problems.add(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), key,
                        "field appears twice", "keep one of them"));
                continue;
            }
            entries.add(new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new Node.Mapping(entries, line, col);
    }

    private static Result fail(String file, int line, int col, String message, String hint) {
        return new Result.Failed(List.of(new Problem(file, line, col, "", message, hint)));
    }

    /** SnakeYAML's messages span several lines and quote the input; keep the first sentence. */
    static String cleanMessage(String message) {
        if (message == null) return "unreadable";
        String first = message.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^"))
                .findFirst().orElse("unreadable");
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    private static String syntaxHint(String message) {
        String m = message == null ? "" : message;
        if (m.contains("mapping values are not allowed")) return "put text that contains ': ' in quotes";
        if (m.contains("found character '\\t'") || m.contains("tab")) return "indent with spaces, not tabs";
        if (m.contains("could not find expected ':'")) return "each field needs a colon after its name";
        if (m.contains("found undefined alias") || m.contains("anchor")) return "anchors and aliases (& and *) are not allowed";
        return "check the indentation and quotes on this line and the one before";
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
