package org.handouts.content;

import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    private Node parse(String yaml) {
        return parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Node parse(byte[] bytes) {
        YamlReader.Result result = reader.read("f.yaml", bytes);
        assertThat(result).as("parsed: %s", result).isInstanceOf(YamlReader.Result.Parsed.class);
        return ((YamlReader.Result.Parsed) result).root();
    }

    private List<String> problems(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(byte[] bytes) {
        YamlReader.Result result = reader.read("f.yaml", bytes);
        assertThat(result).as("refused: %s", result).isInstanceOf(YamlReader.Result.Failed.class);
        return ((YamlReader.Result.Failed) result).problems().stream().map(Problem::format).toList();
    }

    private static Node.Entry entry(Node node, String key) {
        return ((Node.Mapping) node).find(key).orElseThrow();
    }

    private static String at(Node node) {
        return node.line() + ":" + node.column();
    }

    @Test
    void valuesKeysAndItemsCarryOneBasedLineAndColumn() {
        Node root = parse("""
                name: Knee rolls
                dose:
                  reps: 8-10
                steps:
                  - First step.
                  -   Second step.
                """);
        assertThat(at(root)).isEqualTo("1:1");
        Node.Entry name = entry(root, "name");
        assertThat(name.line() + ":" + name.column()).as("key").isEqualTo("1:1");
        assertThat(at(name.value())).as("value").isEqualTo("1:7");
        Node.Entry reps = entry(entry(root, "dose").value(), "reps");
        assertThat(reps.line() + ":" + reps.column()).isEqualTo("3:3");
        assertThat(at(reps.value())).isEqualTo("3:9");
        List<Node> steps = ((Node.Sequence) entry(root, "steps").value()).items();
        assertThat(steps).extracting(YamlReaderTest::at).containsExactly("5:5", "6:7");
    }

    @Test
    void positionsCountFromAfterAByteOrderMarkAndAcrossWindowsLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "title: A\r\npublisher:  B\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Node root = parse(bytes);
        assertThat(entry(root, "title").column()).isEqualTo(1);
        assertThat(at(entry(root, "publisher").value())).isEqualTo("2:13");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        Node root = parse("title: Café ☃ 𝄞\nnote: x\nitems: [é, 𝄞, z]\n");
        assertThat(at(entry(root, "note").value())).isEqualTo("2:7");
        List<Node> items = ((Node.Sequence) entry(root, "items").value()).items();
        assertThat(items).extracting(YamlReaderTest::at).containsExactly("3:9", "3:12", "3:15");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a: text       | TEXT    | text",
            "a: '5'        | TEXT    | 5",
            "a: 8-10       | TEXT    | 8-10",
            "a: 5          | INTEGER | 5",
            "a: -3         | INTEGER | -3",
            "a: 2.5        | DECIMAL | 2.5",
            "a: true       | BOOLEAN | true",
            "a: ~          | NULL    | ``",
            "a:            | NULL    | ``",
            "a: \"\"       | TEXT    | ``",
    })
    void scalarsKeepTheirTextAndHowYamlTypedThem(String yaml, Node.Scalar.Type type, String text) {
        Node.Scalar value = (Node.Scalar) entry(parse(yaml), "a").value();
        assertThat(value.type()).isEqualTo(type);
        assertThat(value.text()).isEqualTo(text);
    }

    @Test
    void anAliasIsRefusedAtItsPositionAndReadingStops() {
        assertThat(problems("a: &x [1, 2]\nb: *x\nc: *x\n")).containsExactly(
                "f.yaml:2:4: YAML alias '*x' is not allowed (write the value out in full instead of using & and *)");
    }

    @Test
    void aMergeKeyIsAnAliasToo() {
        assertThat(problems("a: &x {b: 1}\nc:\n  <<: *x\n")).singleElement().asString().startsWith("f.yaml:3:7: YAML alias '*x'");
    }

    @Test
    void anAnchorWithoutAliasIsHarmless() {
        assertThat(((Node.Scalar) entry(parse("a: &x 1\n"), "a").value()).text()).isEqualTo("1");
    }

    @Test
    void billionLaughsIsRefusedInWellUnderASecond() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 30; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        reader.read("warm-up.yaml", "a: 1\n".getBytes(StandardCharsets.UTF_8));
        List<String> found = assertTimeoutPreemptively(Duration.ofMillis(500), () -> problems(bytes));
        assertThat(found).hasSize(1);
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondWithTheFirstLine() {
        assertThat(problems("name: A\nnote: x\nname: B\n")).containsExactly(
                "f.yaml:3:1: name: field appears twice, first on line 1 (keep one of them)");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(problems("a: 1\n---\nb: 2\n")).containsExactly(
                "f.yaml:2:1: more than one YAML document in the file "
                        + "(remove the second '---' and what follows, or move it to a file of its own)");
    }

    @Test
    void aLeadingDocumentMarkerIsFine() {
        assertThat(entry(parse("---\na: 1\n"), "a").line()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a: b: c                 | f.yaml:1:5: YAML syntax error: ':' is not allowed here (put text that contains ': ' in quotes; if this is a field, line it up with the fields above)",
            "a: 1\\nb:\\n\\tc: 2     | f.yaml:3:1: YAML syntax error: a tab is used for indenting (indent with spaces, not tabs)",
            "a: 1\\nb: \"abc\\nc: 2  | f.yaml:2:4: YAML syntax error: a quote opened here is not closed (add the closing quote at the end of the text)",
            "a: 1\\nb\\nc: 2         | f.yaml:2:1: YAML syntax error: a field name has no ':' after it (write each field as name: value, with a colon after the name)",
            "a:\\n  b: 1\\n c: 2     | f.yaml:3:2: YAML syntax error: this line does not line up with the lines above (indent fields and list items of the same level by the same number of spaces)",
            "a: [1, 2\\nb: 3         | f.yaml:1:4: YAML syntax error: a list started with '[' is not closed (add the closing ']', or put text that starts with '[' in quotes)",
            "a: {b: 1\\nc: 3         | f.yaml:1:4: YAML syntax error: a set of fields started with '{' is not closed (add the closing '}', or put text that starts with '{' in quotes)",
    })
    void syntaxErrorsAreExplainedWhereTheyAre(String yaml, String expected) {
        assertThat(problems(yaml.replace("\\n", "\n").replace("\\t", "\t"))).containsExactly(expected);
    }

    @Test
    void rawControlCharactersAreLocated() {
        assertThat(problems("a: 1\r\nb: x\u0007y\n")).containsExactly(
                "f.yaml:2:5: contains an invisible control character U+0007 (delete and retype the text around it)");
    }

    @Test
    void bytesThatAreNotUtf8AreLocated() {
        byte[] latin1 = "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(latin1)).containsExactly(
                "f.yaml:2:7: file is not UTF-8 text (save it as UTF-8 in your editor (\"Save with encoding\"))");
        byte[] overlong = {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n'};
        assertThat(problems(overlong)).singleElement().asString().startsWith("f.yaml:1:4: file is not UTF-8 text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "# only\n  # comments\n"})
    void emptyFilesAreRefusedAtTheStart(String yaml) {
        assertThat(problems(yaml)).singleElement().asString().startsWith("f.yaml:1:1: file ");
    }

    @Test
    void tooManyBytesAreRefusedBeforeParsing() {
        byte[] big = new byte[YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(problems(big)).containsExactly("f.yaml: file is 257 KiB, more than the limit of 256 KiB "
                + "(content files hold one exercise, routine or brand each; split it up)");
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(problems("a: " + "[".repeat(40) + "]".repeat(40) + "\n")).singleElement().asString()
                .contains("nested more than 20 levels deep");
    }

    @Test
    void binaryDataIsRefused() {
        assertThat(problems("a: !!binary aGVsbG8=\n")).containsExactly(
                "f.yaml:1:4: binary data (!!binary) is not allowed (write plain text)");
    }

    @Test
    void aTopLevelValueNeedNotBeAMapping() {
        assertThat(parse("- a\n- b\n")).isInstanceOf(Node.Sequence.class);
        assertThat(parse("just text\n")).isInstanceOf(Node.Scalar.class);
    }
}
