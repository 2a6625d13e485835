package org.handouts.pdf;

import org.handouts.model.InvalidContentException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The renderer must never reach the network or read files outside the allowed folders. */
class PdfRendererSecurityTest {
    static final String SOURCE = "templates/test.xhtml";
    static FontSet fonts;
    static TrapServer trap;

    @TempDir
    static Path tmp;
    static Path templates;
    static Path secret;
    static PdfRenderer renderer;

    @BeforeAll
    static void startTrap() throws IOException {
        fonts = FontSet.load(Path.of("fonts").toAbsolutePath());
        trap = new TrapServer();
        templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("ok.css"), "body { font-family: \"Atkinson Hyperlegible\"; }");
        Path outside = Files.createDirectories(tmp.resolve("private"));
        secret = Files.writeString(outside.resolve("secret.css"), "body { color: red; }");
        renderer = new PdfRenderer(fonts, new ResourcePolicy(List.of(templates)));
    }

    @AfterAll
    static void stopTrap() throws IOException {
        trap.close();
    }

    @BeforeEach
    void noEarlierConnection() throws InterruptedException {
        assertThat(trap.accepted()).as("connections before this test").isEmpty();
    }

    private static String page(String head, String body) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml">
                <head><title>t</title>%s</head>
                <body>%s<p>Hello</p></body>
                </html>
                """.formatted(head, body);
    }

    private static byte[] render(String xhtml) {
        return renderer.render(xhtml, templates.toUri().toString(), SOURCE);
    }

    @Test
    void theTrapNoticesAConnection() throws Exception {
        // Proves the "no connection" assertions below can fail.
        try (TrapServer own = new TrapServer()) {
            try (var s = new java.net.Socket("127.0.0.1", own.port())) {
                s.getOutputStream().write("GET /probe HTTP/1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                Thread.sleep(100);
            }
            assertThat(own.accepted()).singleElement().asString().contains("GET /probe");
        }
    }

    @Test
    void rendersAPageThatUsesOnlyAllowedFiles() throws InterruptedException {
        byte[] pdf = render(page("<link rel=\"stylesheet\" type=\"text/css\" href=\"ok.css\"/>", ""));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(trap.accepted()).isEmpty();
    }

    @Test
    void refusesAStylesheetOnTheNetworkAndNeverConnects() throws InterruptedException {
        String url = trap.url("x.css");
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> render(page("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + url + "\"/>", "")));
        assertThat(e).as("rendering must fail").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(SOURCE);
            assertThat(p.message()).contains("refused", url);
        });
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "import|<style type=\"text/css\">@import url(\"URL\");</style>|",
            "image|<link rel=\"stylesheet\" type=\"text/css\" href=\"ok.css\"/>|<img src=\"URL\" alt=\"\"/>",
            "background|<style type=\"text/css\">body { background-image: url(\"URL\"); }</style>|",
            "font-face.ttf|<style type=\"text/css\">@font-face { font-family: \"Evil\"; src: url(\"URL\"); -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; } p { font-family: \"Evil\"; }</style>|",
            "list-style|<style type=\"text/css\">ul { list-style-image: url(\"URL\"); }</style>|<ul><li>a</li></ul>",
    })
    void refusesOtherNetworkResourcesAndNeverConnects(String vector) throws InterruptedException {
        String[] parts = vector.split("\\|", -1);
        String url = trap.url(parts[0]);
        String xhtml = page(parts[1].replace("URL", url), parts[2].replace("URL", url));
        assertThatThrownBy(() -> render(xhtml)).isInstanceOf(InvalidContentException.class).hasMessageContaining(url);
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @Test
    void refusesAnXmlStylesheetProcessingInstructionOnTheNetwork() throws InterruptedException {
        String url = trap.url("pi.css");
        String xhtml = "<?xml-stylesheet type=\"text/css\" href=\"" + url + "\"?>\n" + page("", "");
        try {
            render(xhtml);
        } catch (InvalidContentException expected) {
            assertThat(expected).hasMessageContaining(url);
        }
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @Test
    void refusesAStylesheetOutsideTheAllowedFolders() {
        String uri = secret.toUri().toString();
        assertThatThrownBy(() -> render(page("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + uri + "\"/>", "")))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("refused").hasMessageContaining("secret.css");
    }

    @Test
    void refusesARelativeLinkThatClimbsOutOfTheTemplates() {
        assertThatThrownBy(() -> render(page("<link rel=\"stylesheet\" type=\"text/css\" href=\"../private/secret.css\"/>", "")))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("secret.css");
    }

    @Test
    void refusesAStylesheetFromTheRenderersJar() {
        String uri = "jar:" + FontSet.class.getProtectionDomain().getCodeSource().getLocation() + "!/x.css";
        assertThatThrownBy(() -> render(page("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + uri + "\"/>", "")))
                .isInstanceOf(InvalidContentException.class);
    }

    @Test
    void refusesAnExternalEntityAndNeverReadsIt() {
        String xhtml = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>&x;</p></body></html>
                """;
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> render(xhtml));
        assertThat(e).as("rendering must fail").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(SOURCE));
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void refusesAnExternalEntityOnTheNetworkAndNeverConnects() throws InterruptedException {
        String xhtml = """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY x SYSTEM "%s">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>&x;</p></body></html>
                """.formatted(trap.url("entity"));
        assertThatThrownBy(() -> render(xhtml)).isInstanceOf(InvalidContentException.class);
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @Test
    void refusesAnExternalParameterEntityAndAnExternalDtd() throws InterruptedException {
        String parameter = """
                <!DOCTYPE html [<!ENTITY %% p SYSTEM "%s"> %%p;]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>
                """.formatted(trap.url("param"));
        String dtd = """
                <!DOCTYPE html SYSTEM "%s">
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>
                """.formatted(trap.url("dtd"));
        assertThatThrownBy(() -> render(parameter)).isInstanceOf(InvalidContentException.class);
        assertThatThrownBy(() -> render(dtd)).isInstanceOf(InvalidContentException.class);
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @Test
    void refusesInternalEntityExpansionBombs() {
        String lol = """
                <!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&d;&d;&d;</p></body></html>
                """;
        assertThatThrownBy(() -> render(lol)).isInstanceOf(InvalidContentException.class);
    }

    @Test
    void doesNotFollowXInclude() throws InterruptedException {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
                <body><xi:include href="%s" parse="text"/><p>x</p></body></html>
                """.formatted(trap.url("xinclude"));
        try {
            render(xhtml);
        } catch (InvalidContentException acceptable) {
            // refusing is fine too; fetching is not
        }
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @Test
    void malformedXhtmlIsAContentErrorNamingTheTemplate() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> render("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><div><p>x</div></body></html>"));
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).format()).startsWith(SOURCE + ": the template produced XML that cannot be read");
    }

    @Test
    void anSvgImageInAllowedFolderCannotReachTheNetwork() throws IOException, InterruptedException {
        Path svg = templates.resolve("evil.svg");
        Files.writeString(svg, """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20">
                  <image xlink:href="%s" width="20" height="20"/>
                </svg>
                """.formatted(trap.url("from-svg.png")));
        try {
            render(page("", "<img src=\"evil.svg\" alt=\"\" style=\"width: 20px; height: 20px;\"/>"));
        } catch (RuntimeException acceptable) {
            // refusing the SVG is fine (Batik refuses external resources itself); fetching from inside it is not
        }
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }

    @Test
    void anSvgImageWithAnExternalEntityCannotReachTheNetwork() throws IOException, InterruptedException {
        Path svg = templates.resolve("entity.svg");
        Files.writeString(svg, """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY x SYSTEM "%s">]>
                <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><text y="10">&x;</text></svg>
                """.formatted(trap.url("from-svg-entity")));
        try {
            render(page("", "<img src=\"entity.svg\" alt=\"\" style=\"width: 20px; height: 20px;\"/>"));
        } catch (RuntimeException acceptable) {
            // refusing is fine
        }
        assertThat(trap.accepted()).as("connections to the trap").isEmpty();
    }
}
