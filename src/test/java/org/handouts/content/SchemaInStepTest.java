package org.handouts.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/schema/*.schema.json in step with the validator by asking the validator: which
 * fields it knows (the hint for an unknown field lists them), which it requires (removing one is
 * reported), and which values each enum takes.
 */
class SchemaInStepTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final String BOGUS = "zzzzzzzzzzzz";
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"exercise, exercises/knee-rolls.yaml", "advice, advice/warm-up.yaml",
            "routine, routines/standard.yaml", "brand, brands/riverside.yaml", "source, sources/nhs.yaml",
            "equipment, equipment/mat.yaml"})
    void schemaPropertiesRequiredFieldsAndEnumsMatchTheValidator(String kind, String sample) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(REPO.resolve("docs/schema/" + kind + ".schema.json").toFile());
        Map<String, Object> valid = readSample(sample);

        assertThat(knownFields(sample, valid, List.of())).as("fields of " + kind)
                .isEqualTo(names(schema.get("properties")));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
            var property = it.next();
            JsonNode nested = property.getValue();
            if ("object".equals(nested.path("type").asText()) && nested.has("properties")) {
                assertThat(knownFields(sample, valid, List.of(property.getKey())))
                        .as("fields of " + kind + "." + property.getKey()).isEqualTo(names(nested.get("properties")));
            }
            if (nested.has("enum")) {
                assertThat(enumValues(sample, valid, property.getKey())).as("values of " + kind + "." + property.getKey())
                        .isEqualTo(strings(nested.get("enum")));
            }
        }
        Set<String> required = new TreeSet<>(strings(schema.get("required")));
        for (String field : names(schema.get("properties"))) {
            Map<String, Object> without = new LinkedHashMap<>(valid);
            without.remove(field);
            boolean reported = problems(sample, without).stream()
                    .anyMatch(p -> p.field().equals(field) && p.message().equals("is required"));
            assertThat(reported).as(kind + "." + field + " required").isEqualTo(required.contains(field));
        }
    }

    private Map<String, Object> readSample(String sample) throws IOException {
        copyShippedContent();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = YAML.readValue(project.resolve("content").resolve(sample).toFile(), LinkedHashMap.class);
        return map;
    }

    /** The field names the validator lists when it meets an unknown field at {@code path}. */
    @SuppressWarnings("unchecked")
    private Set<String> knownFields(String sample, Map<String, Object> valid, List<String> path) throws IOException {
        Map<String, Object> copy = YAML.convertValue(valid, LinkedHashMap.class);
        Map<String, Object> target = copy;
        for (String key : path) target = (Map<String, Object>) target.get(key);
        target.put(BOGUS, "x");
        String field = String.join(".", path.isEmpty() ? List.of(BOGUS) : Stream.concat(path.stream(), Stream.of(BOGUS)).toList());
        Problem problem = problems(sample, copy).stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow();
        assertThat(problem.message()).isEqualTo("unknown field");
        return listed(problem.hint());
    }

    private Set<String> enumValues(String sample, Map<String, Object> valid, String key) throws IOException {
        Map<String, Object> copy = new LinkedHashMap<>(valid);
        copy.put(key, BOGUS);
        Problem problem = problems(sample, copy).stream().filter(p -> p.field().equals(key)).findFirst().orElseThrow();
        return listed(problem.hint());
    }

    private List<Problem> problems(String sample, Map<String, Object> content) throws IOException {
        Files.write(project.resolve("content").resolve(sample), YAML.writeValueAsBytes(content));
        try {
            new ContentLoader(project.resolve("content"), project, cp -> true, new org.handouts.pdf.PdfInspector()).load();
            return List.of();
        } catch (InvalidContentException e) {
            return e.problems();
        }
    }

    private static Set<String> listed(String hint) {
        assertThat(hint).startsWith("expected one of: ");
        return new TreeSet<>(Arrays.asList(hint.substring("expected one of: ".length()).split(", ")));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private void copyShippedContent() throws IOException {
        Path from = REPO.resolve("content");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path p : files) {
            Path to = project.resolve("content").resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(to);
            else if (!Files.exists(to)) Files.copy(p, to);
        }
    }
}
