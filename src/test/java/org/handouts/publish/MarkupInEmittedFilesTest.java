package org.handouts.publish;

import org.handouts.model.InvalidContentException;
import org.handouts.model.PaperSize;
import org.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Class: a name or value reaching markup. A file name or a folder name, whatever it holds, must
 * not add an attribute, break the XHTML or leave an absolute path in an emitted file: names that
 * content links to are refused when unsafe, and what does reach markup is written by an XML
 * serializer (XHTML) or escaped (CSS).
 */
class MarkupInEmittedFilesTest {
    @TempDir
    Path tmp;

    private Path project(String folderName) throws IOException {
        Path project = tmp.resolve(folderName);
        PublisherTest.copyTree(PublisherTest.REPO.resolve("src/test/resources/projects/minimal"), project);
        PublisherTest.copyTree(PublisherTest.REPO.resolve("templates"), project.resolve("templates"));
        return project;
    }

    private static BuildSettings emitting(Path project) {
        return new BuildSettings(project.resolve("content"), project.resolve("templates"), PublisherTest.REPO.resolve("fonts"),
                project.resolve("out"), project, List.of(PaperSize.A4), List.of(), List.of(), Optional.empty(), 1, false,
                Shard.ALL, true);
    }

    private static void renameLogo(Path project, String name) throws IOException {
        Path brands = project.resolve("content/brands");
        Files.move(brands.resolve("logo.png"), brands.resolve(name));
        Path brand = brands.resolve("clinic.yaml");
        String quoted = "'" + name.replace("'", "''") + "'";
        Files.writeString(brand, Files.readString(brand).replace("logo: logo.png", "logo: " + quoted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\" onerror=\"alert(1)||this.png", "a<b.png", "a&b.png", "logo'.png", "a>b.png"})
    void aLogoNameThatCouldBreakMarkupIsRefusedAtItsLine(String name) throws IOException {
        Path project = project("p");
        renameLogo(project, name);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new Publisher(emitting(project), BuildListener.NONE).build());
        assertThat(e).isNotNull();
        char bad = name.chars().filter(c -> "\"<&'>".indexOf(c) >= 0).mapToObj(c -> (char) c).findFirst().orElseThrow();
        assertThat(e.problems()).extracting(Problem::format).containsExactly("content/brands/clinic.yaml:2:7: logo: file name '"
                + name + "' has the character '" + bad + "', which a file name here cannot have"
                + " (rename the file using letters, digits, spaces and . - _ ( ) +, such as logo.png)");
        assertThat(project.resolve("out")).doesNotExist();
    }

    @Test
    void emittedXhtmlParsesAndLinksCopiesByRelativeNamesWhateverTheFoldersAreCalled() throws Exception {
        // The project folder's own name holds every character that matters in markup and URIs.
        Path project = project("clinic \"x\" onerror=\"alert(1)\" a&b <c> 'd' %41");
        renameLogo(project, "Hillside logo (2026)+.png");
        new Publisher(emitting(project), BuildListener.NONE).build();
        Path out = project.resolve("out");
        for (String name : List.of("gentle-handout.xhtml", "gentle-tracker.xhtml")) {
            String xhtml = Files.readString(out.resolve("clinic").resolve(name));
            assertThat(xhtml).as(name).doesNotContain("file:").doesNotContain(tmp.toString()).doesNotContain("onerror");
            Document doc = parse(xhtml);
            NodeList images = doc.getElementsByTagNameNS("*", "img");
            assertThat(images.getLength()).as(name).isEqualTo(1);
            Element logo = (Element) images.item(0);
            assertThat(logo.getAttribute("src")).isEqualTo("Hillside_logo__2026__.png");
            assertThat(logo.getAttributes().getLength()).as("no attribute added").isEqualTo(3);   // class, alt, src
            assertThat(out.resolve("clinic").resolve(logo.getAttribute("src"))).isRegularFile()
                    .hasSameBinaryContentAs(project.resolve("content/brands/Hillside logo (2026)+.png"));
            NodeList links = doc.getElementsByTagNameNS("*", "link");
            List<String> hrefs = new java.util.ArrayList<>();
            for (int i = 0; i < links.getLength(); i++) hrefs.add(((Element) links.item(i)).getAttribute("href"));
            assertThat(hrefs).contains("fonts.css");
            for (String href : hrefs) assertThat(out.resolve("clinic").resolve(href)).as(href).isRegularFile();
        }
        String css = Files.readString(out.resolve("clinic/fonts.css"));
        assertThat(css).contains("src: url(\"AtkinsonHyperlegibleNext-Regular.ttf\")").doesNotContain(tmp.toString());
    }

    @Test
    void aLinkToAFileOutsideTheContentIsDroppedAndEverythingElseIsEscapedBySerializing() {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>a &amp; b</title></head>
                <body><img src="file:///etc/passwd" alt="x &quot;y&quot; &lt;z&gt;"/><p>&lt;script&gt;</p></body></html>""";
        String copy = BrowserCopy.of(xhtml, uri -> Optional.empty(), "fonts.css");
        assertThat(copy).doesNotContain("file:").contains("alt=\"x &quot;y&quot; &lt;z&gt;\"").contains("&lt;script&gt;")
                .contains("<link href=\"fonts.css\" rel=\"stylesheet\" type=\"text/css\"/></head>");
    }

    @Test
    void cssStringsCannotBeClosedByAValue() {
        assertThat(Css.string("Font\"; } body { x: url(evil) /*\n")).isEqualTo(
                "\"Font\\22 \\3b  \\7d  body \\7b  x\\3a  url\\28 evil\\29  \\2f \\2a \\a \"");
        assertThat(BrowserCopy.safeFileName("x\" onerror=\"a.ttf")).isEqualTo("x__onerror__a.ttf");
        assertThat(BrowserCopy.safeFileName(".hidden")).isEqualTo("_.hidden");
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
    }
}
