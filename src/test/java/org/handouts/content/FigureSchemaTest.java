package org.handouts.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.handouts.figures.Joint;
import org.handouts.figures.Part;
import org.handouts.figures.Posture;
import org.handouts.figures.Prop;
import org.handouts.figures.View;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The figure part of docs/schema/exercise.schema.json names the same joints, limits, parts and props as the code. */
class FigureSchemaTest {
    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(Path.of("docs/schema/exercise.schema.json").toFile());
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void jointsAndTheirLimitsMatch() throws IOException {
        JsonNode pose = schema().at("/$defs/pose/properties");
        Set<String> names = new TreeSet<>();
        pose.fieldNames().forEachRemaining(names::add);
        names.removeAll(Set.of("base", "floor"));
        assertThat(names).isEqualTo(new TreeSet<>(Joint.names()));
        for (String name : Joint.names()) {
            Joint joint = Joint.named(name).orElseThrow().get(0);
            JsonNode node = pose.get(name);
            for (Joint.Movement m : Joint.Movement.values()) {
                JsonNode range = node.has("oneOf") ? node.at("/oneOf/1/properties/" + m.key())
                        : m == Joint.Movement.BEND ? node : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                assertThat(range.isMissingNode()).as(name + " " + m.key()).isEqualTo(joint.range(m).isEmpty());
                joint.range(m).ifPresent(r -> {
                    assertThat(range.get("minimum").asDouble()).as(name + " " + m.key() + " min").isEqualTo(r.min());
                    assertThat(range.get("maximum").asDouble()).as(name + " " + m.key() + " max").isEqualTo(r.max());
                });
            }
        }
    }

    @Test
    void posturesPartsPropsAndViewsMatch() throws IOException {
        JsonNode s = schema();
        assertThat(strings(s.at("/$defs/pose/properties/base/enum")))
                .isEqualTo(new TreeSet<>(Arrays.stream(Posture.values()).map(Posture::key).toList()));
        assertThat(strings(s.at("/$defs/pose/properties/floor/items/enum"))).isEqualTo(new TreeSet<>(Part.names()));
        assertThat(strings(s.at("/properties/figure/properties/view/enum")))
                .isEqualTo(new TreeSet<>(Arrays.stream(View.values()).map(View::key).toList()));
        assertThat(strings(s.at("/properties/figure/properties/props/items/oneOf/0/enum")))
                .isEqualTo(new TreeSet<>(Arrays.stream(Prop.Kind.values()).map(Prop.Kind::key).toList()));
    }
}
