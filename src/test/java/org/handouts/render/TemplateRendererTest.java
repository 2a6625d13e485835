package org.handouts.render;

import org.handouts.model.Advice;
import org.handouts.model.Brand;
import org.handouts.model.DocumentKind;
import org.handouts.model.Exercise;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Level;
import org.handouts.model.Library;
import org.handouts.model.PaperSize;
import org.handouts.model.Position;
import org.handouts.model.Problem;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.handouts.model.ModelSamples.advice;
import static org.handouts.model.ModelSamples.byId;
import static org.handouts.model.ModelSamples.exercise;
import static org.handouts.model.ModelSamples.item;
import static org.handouts.model.ModelSamples.reps;
import static org.handouts.model.ModelSamples.routine;
import static org.handouts.model.ModelSamples.source;

class TemplateRendererTest {
    static final String NASTY = "<script>&]]>";
    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path tmp;

    private static Library nastyLibrary(Brand brand) {
        Exercise e = exercise("knee-rolls", "Knee <b>rolls</b> & \"co\" ]]>", Position.LYING_ON_BACK, reps(8, 10), "s");
        Routine r = routine("r", "Title <i>&amp;</i>", Level.BEGINNER, List.of(item("knee-rolls")), "a", "a", "a",
                List.of(), Optional.empty());
        return new Library(byId(Brand::id, brand), byId(Source::id, source("s")), byId(Exercise::id, e),
                byId(Advice::id, advice("a", "s")), byId(Routine::id, r));
    }

    private static Brand nastyBrand() {
        Brand b = org.handouts.model.ModelSamples.brand("clinic", NASTY);
        return new Brand(b.id(), NASTY, b.logo(), b.primary(), b.accent(), List.of("<img src=x>"), "<p>",
                "a&b", Optional.empty(), "</body>" + NASTY, b.catalogue(), b.variants());
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    @Test
    void handoutTemplatePrintsMarkupInContentAsText() throws Exception {
        Brand brand = nastyBrand();
        Library library = nastyLibrary(brand);
        Publication p = new Publication(brand, library.requireRoutine("r"), DocumentKind.HANDOUT, PaperSize.A4);
        String xhtml = new TemplateRenderer(TEMPLATES, Path.of("").toAbsolutePath())
                .render("handout.xhtml", Map.of("handout", Views.handout(org.handouts.languages.Bundles.english(), library, p)), org.handouts.languages.Bundles.english());

        assertThat(xhtml).doesNotContain("<script>", "]]>", "<img src=x>", "<b>rolls", "<i>", "</body>" + NASTY);
        Document doc = parse(xhtml); // well-formed: nothing escaped the text
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "b").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "i").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "body").getLength()).isEqualTo(1);
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains(NASTY, "Knee <b>rolls</b> & \"co\" ]]>", "Title <i>&amp;</i>", "<img src=x>",
                "</body>" + NASTY);
    }

    @Test
    void picturesCarryAltTextAndNoSizeAttributesAndAnExerciseWithoutThemHasNoBox() throws Exception {
        Brand brand = org.handouts.model.ModelSamples.brand("clinic", "Clinic");
        Exercise plain = exercise("plank", "Plank", Position.LYING_ON_FRONT, reps(3, 3), "s");
        Routine r = routine("r", "Routine", Level.BEGINNER, List.of(item("knee-rolls"), item("plank")), "a", "a", "a",
                List.of(), Optional.empty());
        Library library = ViewsTest.withOwnPictures(new Library(byId(Brand::id, brand), byId(Source::id, source("s")),
                byId(Exercise::id, exercise("knee-rolls", "Knee rolls", Position.LYING_ON_BACK, reps(8, 10), "s"), plain),
                byId(Advice::id, advice("a", "s")), byId(Routine::id, r)), "knee-rolls");
        Publication p = new Publication(brand, r, DocumentKind.HANDOUT, PaperSize.A4);
        Document doc = parse(new TemplateRenderer(TEMPLATES, Path.of("").toAbsolutePath())
                .render("handout.xhtml", Map.of("handout", Views.handout(org.handouts.languages.Bundles.english(), library, p)), org.handouts.languages.Bundles.english()));

        var images = doc.getElementsByTagNameNS("*", "img");
        List<org.w3c.dom.Element> figures = new java.util.ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            org.w3c.dom.Element img = (org.w3c.dom.Element) images.item(i);
            if (img.getAttribute("class").equals("figure")) figures.add(img);
        }
        assertThat(figures).extracting(img -> img.getAttribute("alt"))
                .containsExactly("Lying on your back, knees bent.", "Knees rolled to the left.");
        assertThat(figures).allSatisfy(img -> {
            assertThat(img.hasAttribute("width")).as("width attribute").isFalse();
            assertThat(img.hasAttribute("height")).as("height attribute").isFalse();
            assertThat(img.getAttribute("src")).startsWith("file:");
        });
        var divs = doc.getElementsByTagNameNS("*", "div");
        org.w3c.dom.Element plankCard = null;
        for (int i = 0; i < divs.getLength(); i++) {
            org.w3c.dom.Element div = (org.w3c.dom.Element) divs.item(i);
            if (div.getAttribute("id").equals("exercise-plank")) plankCard = div;
        }
        assertThat(plankCard).isNotNull();
        assertThat(plankCard.getElementsByTagNameNS("*", "img").getLength()).as("no picture box").isZero();
        assertThat(plankCard.getElementsByTagNameNS("*", "td").getLength()).as("title, main, gutter and side cells only")
                .isEqualTo(2 + 1 + 3);
    }

    @Test
    void trackerTemplatePrintsMarkupInContentAsText() throws Exception {
        Brand brand = nastyBrand();
        Library library = nastyLibrary(brand);
        Publication p = new Publication(brand, library.requireRoutine("r"), DocumentKind.TRACKER, PaperSize.A4);
        String xhtml = new TemplateRenderer(TEMPLATES, Path.of("").toAbsolutePath())
                .render("tracker.xhtml", Map.of("sheets", java.util.List.of(Views.tracker(org.handouts.languages.Bundles.english(), library, p))), org.handouts.languages.Bundles.english());

        assertThat(xhtml).doesNotContain("<script>", "]]>");
        Document doc = parse(xhtml);
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains(NASTY, "1. Knee <b>rolls</b> & \"co\" ]]>");
    }

    @Test
    void escapesMarkupInATinyTemplate() throws Exception {
        Files.writeString(tmp.resolve("tiny.xhtml"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <body><p th:text="${name}">x</p><p th:title="${name}">y</p></body>
                </html>
                """);
        String xhtml = new TemplateRenderer(tmp, tmp).render("tiny.xhtml", Map.of("name", NASTY), org.handouts.languages.Bundles.english());
        assertThat(xhtml).doesNotContain("<script>").contains("&lt;script&gt;&amp;]]&gt;");
        Document doc = parse(xhtml);
        assertThat(doc.getElementsByTagNameNS("*", "p").item(0).getTextContent()).isEqualTo(NASTY);
        assertThat(((org.w3c.dom.Element) doc.getElementsByTagNameNS("*", "p").item(1)).getAttribute("title"))
                .isEqualTo(NASTY);
    }

    @Test
    void brokenExpressionIsATemplateErrorAtItsFileAndLine() throws Exception {
        Files.writeString(tmp.resolve("broken.xhtml"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <body>
                  <p>fine</p>
                  <p th:text="${name.}">broken</p>
                </body>
                </html>
                """);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new TemplateRenderer(tmp, tmp).render("broken.xhtml", Map.of("name", "x"), org.handouts.languages.Bundles.english()));
        assertThat(e.problems()).hasSize(1);
        Problem problem = e.problems().get(0);
        assertThat(problem.file()).isEqualTo("broken.xhtml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.format()).startsWith("broken.xhtml:4:").contains(": template error: ");
        assertThat(problem.format()).doesNotContain("(template: ");
    }

    @Test
    void templateErrorIsReportedOnOneLine() throws Exception {
        // Problems print one per line as file:line:col: message, which editors and CI annotations parse.
        Files.writeString(tmp.resolve("broken.xhtml"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <body><p th:text="${name.}">broken</p></body>
                </html>
                """);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new TemplateRenderer(tmp, tmp).render("broken.xhtml", Map.of("name", "x"), org.handouts.languages.Bundles.english()));
        assertThat(e.problems().get(0).format()).startsWith("broken.xhtml:2:").doesNotContain("\n", "\r");
    }

    @Test
    void unknownVariableMethodIsATemplateErrorAtItsLine() throws Exception {
        Files.writeString(tmp.resolve("nomethod.xhtml"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <body>
                  <p th:text="${name}">fine</p>
                  <p th:text="${name.noSuchMethod()}">bad</p>
                </body>
                </html>
                """);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new TemplateRenderer(tmp, tmp).render("nomethod.xhtml", Map.of("name", "x"), org.handouts.languages.Bundles.english()));
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).format()).startsWith("nomethod.xhtml:4:").contains(": template error: ");
    }

    @Test
    void errorInAnIncludedFragmentNamesTheFragmentFile() throws Exception {
        Files.createDirectories(tmp.resolve("parts"));
        Files.writeString(tmp.resolve("parts/bad.xhtml"), """
                <div xmlns:th="http://www.thymeleaf.org" th:fragment="bad">
                  <span th:text="${1 +}">x</span>
                </div>
                """);
        Files.writeString(tmp.resolve("main.xhtml"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <body><div th:replace="~{parts/bad.xhtml :: bad}">x</div></body>
                </html>
                """);
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new TemplateRenderer(tmp, tmp).render("main.xhtml", Map.of(), org.handouts.languages.Bundles.english()));
        assertThat(e.problems().get(0).format()).startsWith("parts/bad.xhtml:2:").contains("template error: ");
    }

    @Test
    void missingTemplateIsNamed() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new TemplateRenderer(tmp, tmp).render("nope.xhtml", Map.of(), org.handouts.languages.Bundles.english()));
        assertThat(e.problems().get(0).format()).startsWith("nope.xhtml: template not found");
    }

    @Test
    void templatePathsOutsideTheDisplayBaseAreShownInFull() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("t"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(templates.resolve("broken.xhtml"), "<html xmlns:th=\"http://www.thymeleaf.org\">\n<p th:text=\"${a b}\">x</p></html>\n");
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new TemplateRenderer(templates, elsewhere).render("broken.xhtml", Map.of(), org.handouts.languages.Bundles.english()));
        assertThat(e.problems().get(0).file()).isEqualTo(templates.resolve("broken.xhtml").toString());
        assertThat(e.problems().get(0).line()).isEqualTo(2);
    }
}
