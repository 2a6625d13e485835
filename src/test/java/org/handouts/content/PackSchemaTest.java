package org.handouts.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/schema/pack.schema.json and programme.schema.json in step with the pack reader, by
 * asking the reader which fields it knows (the hint for an unknown field lists them).
 */
class PackSchemaTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static Library library;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        library = new ContentLoader(REPO.resolve("content"), REPO, cp -> true, new org.handouts.pdf.PdfInspector()).load();
    }

    @Test
    void packSchemaNamesTheFieldsTheReaderKnows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(REPO.resolve("docs/schema/pack.schema.json").toFile());
        Set<String> known = new TreeSet<>();
        known.addAll(fieldsKnown("zzzzzz: 1\n", ""));                                         // the single-routine form
        known.addAll(fieldsKnown("", "programme:\n  - routine: beginner\n    weeks: 2\n"));   // the programme form
        known.add("programme");
        assertThat(known).isEqualTo(names(schema.get("properties")));
        Set<String> stage = new TreeSet<>(Arrays.asList(hint("programme:\n  - routine: beginner\n    weeks: 2\n    zzzzzz: 1\n")));
        assertThat(stage).isEqualTo(names(schema.at("/properties/programme/items/properties")));
        JsonNode programme = new ObjectMapper().readTree(REPO.resolve("docs/schema/programme.schema.json").toFile());
        assertThat(programme.at("/properties/programme")).isEqualTo(schema.at("/properties/programme"));
    }

    private Set<String> fieldsKnown(String extra, String programme) throws IOException {
        String routine = programme.isEmpty() ? "routine: beginner\n" : programme;
        return new TreeSet<>(Arrays.asList(hint("patient: Pat\nreference: rc-1\nbrand: riverside\nstart: 2026-11-30\n"
                + routine + (programme.isEmpty() ? extra : "zzzzzz: 1\n"))));
    }

    /** The field names listed by the hint for the unknown field zzzzzz. */
    private String[] hint(String yaml) throws IOException {
        if (!yaml.startsWith("patient")) yaml = "patient: Pat\nreference: rc-1\nbrand: riverside\nstart: 2026-11-30\n" + yaml;
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        try {
            new PackLoader(dir, cp -> true).load(file, library);
            throw new AssertionError("zzzzzz was accepted");
        } catch (InvalidContentException e) {
            Problem p = e.problems().stream().filter(x -> x.field().endsWith("zzzzzz")).findFirst().orElseThrow();
            assertThat(p.hint()).startsWith("expected one of: ");
            return p.hint().substring("expected one of: ".length()).split(", ");
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
