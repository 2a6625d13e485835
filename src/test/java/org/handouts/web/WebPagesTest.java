package org.handouts.web;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handouts.content.ContentLoader;
import org.handouts.content.PictureFiles;
import org.handouts.model.Brand;
import org.handouts.model.DocumentKind;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.PaperSize;
import org.handouts.model.Variant;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.render.AdviceView;
import org.handouts.render.HandoutView;
import org.handouts.render.TrackerView;
import org.handouts.render.Views;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The web pages of the shipped content, read back as a browser parses them (jsoup). */
class WebPagesTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static Library library;
    static WebPages web;

    @TempDir
    Path tmp;

    static List<WebFont> fonts;

    static List<WebFont> fonts() {
        return fonts;
    }

    /** The shipped font stack, as the publisher hands it over. */
    static List<WebFont> readFonts() throws IOException {
        List<WebFont> stack = new ArrayList<>();
        for (org.handouts.pdf.FontSet.Face face : org.handouts.pdf.FontSet.load(REPO.resolve("fonts")).faces()) {
            stack.add(new WebFont(face.family(), face.bold(), Files.readAllBytes(face.file())));
        }
        return stack;
    }

    /** The faces of the main family (the first of the stack). */
    static long mainFaces() {
        return fonts.stream().filter(f -> f.family().equals(fonts.get(0).family())).count();
    }

    @BeforeAll
    static void load() throws IOException {
        fonts = readFonts();
        library = new ContentLoader(REPO.resolve("content"), REPO, cp -> true, new org.handouts.pdf.PdfInspector()).load();
        web = new WebPages(REPO.resolve("templates"), REPO, fonts(), org.handouts.languages.Bundles.shipped());
    }

    static Stream<Publication> handouts() {
        Brand brand = library.brands().values().iterator().next();
        return library.routines().values().stream().map(r -> new Publication(brand, r, DocumentKind.HANDOUT, PaperSize.A4));
    }

    static Document page(Publication p) {
        return Jsoup.parse(new String(web.page(library, p), StandardCharsets.UTF_8));
    }

    static Document index() {
        return Jsoup.parse(new String(web.index(library, library.brands().values().iterator().next(), "en", List.of(PaperSize.A4), List.of(Variant.STANDARD), false),
                StandardCharsets.UTF_8));
    }

    static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    /** What jsoup's text() makes of a string: whitespace runs become one space. */
    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    static List<String> normal(List<String> list) {
        return list.stream().map(WebPagesTest::normal).toList();
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void holdsEveryStepDoseTipCautionAndSourceOfItsHandout(Publication p) {
        HandoutView h = Views.handout(org.handouts.languages.Bundles.english(), library, p);
        Document doc = page(p);

        assertThat(doc.title()).isEqualTo(h.document().title());
        assertThat(doc.selectFirst("h1").text()).isEqualTo(normal(h.title() + " " + h.level()));
        assertThat(doc.select(".facts dd").eachText()).containsExactly(normal(h.forWhom()), normal(h.howOften()));
        assertThat(doc.select("article.card")).hasSize(h.cards().size());
        for (HandoutView.CardView c : h.cards()) {
            Element card = doc.getElementById("exercise-" + c.id());
            assertThat(card).as(c.id()).isNotNull();
            assertThat(card.selectFirst("h3").text()).isEqualTo(c.number() + " " + normal(c.name()));
            assertThat(card.text()).contains(normal(c.purpose()), normal(c.start()), normal(c.position()), normal(c.category()),
                    normal(c.aliases()), normal(c.equipment()));
            assertThat(texts(card.select("ol.steps > li"))).as(c.id() + " steps").isEqualTo(normal(c.steps()));
            assertThat(texts(card.select(".dose li"))).as(c.id() + " dose").isEqualTo(normal(c.dose()));
            assertThat(texts(card.select(".cautions li"))).as(c.id() + " cautions").isEqualTo(normal(c.cautions()));
            List<String> tips = new ArrayList<>(texts(card.select(".card-side li")));
            tips.removeAll(texts(card.select(".dose li, .cautions li")));
            assertThat(tips).as(c.id() + " tips").isEqualTo(normal(c.tips()));
        }
        List<String> pageText = texts(doc.select("li, p"));
        for (AdviceView a : Stream.concat(Stream.of(h.stopIf(), h.warmUp(), h.coolDown()), h.advice().stream()).toList()) {
            assertThat(texts(doc.select("h2"))).contains(normal(a.title()));
            assertThat(pageText).containsAll(normal(a.points()));
            if (!a.intro().isEmpty()) assertThat(pageText).contains(normal(a.intro()));
        }
        assertThat(pageText).containsAll(normal(h.movingUp()));
        assertThat(texts(doc.select("#sources li"))).isEqualTo(normal(h.sources()));
        assertThat(doc.selectFirst("footer").text()).contains(normal(p.brand().name()), normal(p.brand().disclaimer()),
                normal(p.brand().phone()));
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void drawsEachExercisesFigureAsInlineSvgWithATextAlternative(Publication p) {
        Document doc = page(p);
        int drawn = 0;
        for (HandoutView.CardView c : Views.handout(org.handouts.languages.Bundles.english(), library, p).cards()) {
            List<HandoutView.PictureView> pictures = c.pictures().stream().filter(pv -> pv.src().startsWith("figure:")).toList();
            Elements svgs = doc.getElementById("exercise-" + c.id()).select("figure svg");
            assertThat(svgs).as(c.id()).hasSize(pictures.size());
            for (int i = 0; i < pictures.size(); i++) {
                Element svg = svgs.get(i);
                assertThat(svg.attr("role")).isEqualTo("img");
                assertThat(svg.attr("aria-label")).isEqualTo(normal(pictures.get(i).alt())).isNotBlank();
                assertThat(svg.attr("viewBox")).matches("0 0 240 \\d+");
                assertThat(svg.select("path")).isNotEmpty().allSatisfy(path -> {
                    assertThat(path.attr("d")).matches("M [-0-9. MLCZ]+");
                    assertThat(path.attr("fill")).matches("none|#[0-9a-f]{6}");
                });
                assertThat(svg.parent().selectFirst("figcaption").text()).isEqualTo(pictures.get(i).label());
                drawn++;
            }
        }
        // The shipped routines picture some of their exercises; a routine without any would test nothing.
        assertThat(drawn).as("figures drawn").isPositive();
    }

    @Test
    void showsTheClinicsOwnPngJpegAndPdfPicturesInlineWithTheirAltText() throws IOException {
        Path content = tmp.resolve("content");
        try (Stream<Path> walk = Files.walk(REPO.resolve("content"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(REPO.resolve("content").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Publication shipped = handouts().findFirst().orElseThrow();
        String id = shipped.routine().items().stream().map(org.handouts.model.RoutineItem::exerciseId)
                .filter(e -> library.requireExercise(e).figure().isPresent()).findFirst().orElseThrow();
        Path png = PictureFiles.png(content.resolve("exercises/pictures/start.png"), 300, 200);
        Path jpeg = PictureFiles.jpeg(content.resolve("exercises/pictures/middle.jpg"), 400, 300);
        PictureFiles.pdf(content.resolve("exercises/pictures/end.pdf"), 200, 100, 1);
        Files.writeString(content.resolve("exercises/" + id + ".yaml"), """
                pictures:
                  start: pictures/start.png
                  middle: {file: pictures/middle.jpg, alt: "Halfway there, <b>slowly</b> & gently."}
                  end:
                    file: pictures/end.pdf
                    alt: At the end of the movement.
                """, java.nio.file.StandardOpenOption.APPEND);
        Library own = new ContentLoader(content, tmp, cp -> true, new org.handouts.pdf.PdfInspector()).load();
        Publication p = new Publication(shipped.brand(), own.requireRoutine(shipped.routine().id()), DocumentKind.HANDOUT, PaperSize.A4);

        byte[] html = web.page(own, p);
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));

        assertThat(new WebPages(REPO.resolve("templates"), REPO, fonts(), org.handouts.languages.Bundles.shipped()).page(own, p)).as("byte-identical again").isEqualTo(html);
        Element card = doc.getElementById("exercise-" + id);
        assertThat(card.select("figure svg")).as("no drawn figure where the clinic gave a picture").isEmpty();
        Elements images = card.select("figure > img.picture");
        assertThat(texts(card.select("figure > figcaption"))).containsExactly("Start", "Middle", "End");
        String drawnStart = Views.handout(org.handouts.languages.Bundles.english(), library, shipped).cards().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow().pictures().get(0).alt();
        assertThat(images.eachAttr("alt")).containsExactly(normal(drawnStart), "Halfway there, <b>slowly</b> & gently.",
                "At the end of the movement.");
        Base64.Encoder base64 = Base64.getEncoder();
        assertThat(images.get(0).attr("src")).isEqualTo("data:image/png;base64," + base64.encodeToString(Files.readAllBytes(png)));
        assertThat(images.get(1).attr("src")).isEqualTo("data:image/jpeg;base64," + base64.encodeToString(Files.readAllBytes(jpeg)));
        String pdfSrc = images.get(2).attr("src");
        assertThat(pdfSrc).startsWith("data:image/png;base64,");
        java.awt.image.BufferedImage rendered = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                Base64.getDecoder().decode(pdfSrc.substring(pdfSrc.indexOf(',') + 1))));
        assertThat(rendered.getWidth()).isEqualTo(InlinePictures.PDF_PIXELS);
        assertThat(rendered.getHeight()).isEqualTo(InlinePictures.PDF_PIXELS / 2);
        assertThat(rendered.getRGB(0, rendered.getHeight() / 2) & 0xFFFFFF).as("the frame, in ink").isNotEqualTo(0xFFFFFF);
        assertThat(rendered.getRGB(rendered.getWidth() / 4, rendered.getHeight() / 8) & 0xFFFFFF).as("paper").isEqualTo(0xFFFFFF);
        assertThat(rendered.getRGB(rendered.getWidth() / 2, rendered.getHeight() / 2) & 0xFFFFFF).as("the diagonal").isNotEqualTo(0xFFFFFF);
        makesNoExternalReferenceOfAnyKind(doc);
        givesEveryImageATextAlternative(doc);
    }

    @ParameterizedTest
    @MethodSource("handouts")
    void tracksTheWeekInATableWithDayAndExerciseHeaders(Publication p) {
        TrackerView t = Views.tracker(org.handouts.languages.Bundles.english(), library, new Publication(p.brand(), p.routine(), DocumentKind.TRACKER, p.paper()));
        Element table = page(p).selectFirst("#tracker table");

        assertThat(table).isNotNull();
        assertThat(table.selectFirst("caption").text()).isNotBlank();
        Elements columnHeads = table.select("thead th");
        assertThat(columnHeads).hasSize(1 + t.days().size()).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(texts(table.select("thead th .day-long"))).isEqualTo(t.days());
        Elements rows = table.select("tbody tr");
        assertThat(rows).hasSize(t.rows().size() + 2);      // exercises, pain, notes
        for (Element row : rows) {
            assertThat(row.select("th")).hasSize(1);
            assertThat(row.selectFirst("th").attr("scope")).isEqualTo("row");
            assertThat(row.select("td")).hasSize(t.days().size());
        }
        for (int i = 0; i < t.rows().size(); i++) {
            TrackerView.RowView r = t.rows().get(i);
            Element head = rows.get(i).selectFirst("th");
            assertThat(head.text()).isEqualTo(normal(r.number() + ". " + r.name() + " " + r.target()));
            assertThat(rows.get(i).select("td .box")).hasSize(t.days().size() * (r.perSide() ? 2 : 1));
        }
        assertThat(page(p).select("#tracker p").eachText()).contains(normal(t.key()));
    }

    static Stream<Document> everyPage() {
        return Stream.concat(handouts().map(WebPagesTest::page), Stream.of(index()));
    }

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^)'\"]*)");
    /** Attributes that make a browser fetch or go somewhere. */
    private static final List<String> REFERENCES = List.of("src", "href", "srcset", "action", "formaction", "poster",
            "data", "xlink:href", "background", "cite", "longdesc", "manifest", "ping", "usemap", "imagesrcset");

    @ParameterizedTest
    @MethodSource("everyPage")
    void makesNoExternalReferenceOfAnyKind(Document doc) {
        boolean isIndex = doc.title().endsWith("exercise handouts");
        assertThat(doc.select("script, link, iframe, frame, object, embed, base, form, audio, video, source, track, "
                + "meta[http-equiv], [style]")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip();
                if (a.getKey().startsWith("on")) throw new AssertionError("event handler " + a + " on " + e.tagName());
                if (!REFERENCES.contains(a.getKey().toLowerCase(java.util.Locale.ROOT))) continue;
                if (a.getKey().equals("src")) {
                    assertThat(value).as(e.tagName() + " " + a.getKey()).startsWith("data:image/");
                } else if (a.getKey().equals("href") && isIndex) {
                    // The index links its own folder's pages and PDFs by bare file name.
                    assertThat(value).as("href").matches("[a-z0-9]+(-[a-z0-9]+)*\\.(html|pdf)");
                } else {
                    assertThat(value).as(e.tagName() + " " + a.getKey()).matches("#[a-z0-9-]+");
                }
            }
        }
        String html = doc.outerHtml();
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("http:", "https:", "file:", "ftp:", "@import",
                "javascript:");
        for (Element style : doc.select("style")) {
            Matcher m = URL.matcher(style.data());
            int urls = 0;
            while (m.find()) {
                urls++;
                assertThat(m.group(2)).as("CSS url()").startsWith("data:");
            }
            assertThat(urls).as("the fonts are inline").isGreaterThanOrEqualTo((int) mainFaces());
        }
    }

    @ParameterizedTest
    @MethodSource("everyPage")
    void setsItsLanguageAndRunsItsHeadingsInOrder(Document doc) {
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(doc.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        List<Integer> levels = doc.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> h.tagName().charAt(1) - '0').toList();
        assertThat(levels.get(0)).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("everyPage")
    void givesEveryImageATextAlternative(Document doc) {
        Brand brand = library.brands().values().iterator().next();
        assertThat(doc.select("img.logo")).hasSize(1);
        assertThat(doc.selectFirst("img.logo").attr("alt")).isEqualTo(brand.name() + " logo");
        assertThat(doc.select("img")).allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
        assertThat(doc.select("svg")).allSatisfy(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-label").isBlank() && svg.select("title").text().isBlank()).isFalse();
        });
    }

    /** The fonts a page embeds, parsed back from its data: URIs, by family. */
    static Map<String, List<byte[]>> embeddedFonts(Document doc) {
        Matcher m = Pattern.compile("font-family: \"([^\"]+)\"; src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(doc.select("style").html());
        Map<String, List<byte[]>> fonts = new java.util.LinkedHashMap<>();
        while (m.find()) fonts.computeIfAbsent(m.group(1), f -> new ArrayList<>()).add(Base64.getDecoder().decode(m.group(2)));
        return fonts;
    }

    static void assertCovers(Map<String, List<byte[]>> embedded, String text) throws IOException {
        Set<Integer> covered = new java.util.HashSet<>();
        for (List<byte[]> faces : embedded.values()) {
            for (byte[] ttf : faces) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
                    var cmap = font.getUnicodeCmapLookup();
                    text.codePoints().filter(c -> cmap.getGlyphId(c) > 0).forEach(covered::add);
                    assertThat(font.getTableMap()).as("layout tables would name the old glyph numbers")
                            .doesNotContainKeys("GPOS", "GSUB", "GDEF");
                }
            }
        }
        text.codePoints().filter(c -> !Character.isWhitespace(c)).distinct().forEach(c ->
                assertThat(covered).as("a glyph for U+%04X '%s'", c, Character.toString(c)).contains(c));
    }

    @ParameterizedTest
    @MethodSource("everyPage")
    void embedsFontSubsetsThatCoverEveryCharacterShown(Document doc) throws IOException {
        Map<String, List<byte[]>> embedded = embeddedFonts(doc);
        assertThat(embedded.keySet()).as("the shipped text needs only the main face").containsExactly(fonts.get(0).family());
        assertThat(embedded.get(fonts.get(0).family())).hasSize((int) mainFaces())
                .allSatisfy(ttf -> assertThat(ttf.length).as("a subset, not the whole font").isLessThan(fonts.get(0).ttf().length / 2));
        assertCovers(embedded, doc.body().text());
        assertThat(doc.select("style").html()).contains("--fonts: " + fonts.stream().map(WebFont::family).distinct()
                .map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(", ")) + ", sans-serif");
    }

    @Test
    void embedsAFallbackFontOnlyForTheCharactersTheMainFaceLacks() throws IOException {
        String lacking = fonts.size() > 2 ? "\u2603\u21c4" : "";
        Routine r = library.routines().values().iterator().next();
        Routine routine = new Routine(r.id(), r.title(), r.topic(), r.level(), "Snow \u2603 and arrows \u21c4.", r.howOften(),
                r.minutes(), r.stopIf(), r.warmUp(), r.items(), r.coolDown(), r.advice(), r.movingUp(), r.next());
        Document doc = Jsoup.parse(new String(web.page(library, new Publication(library.brands().values().iterator().next(),
                routine, DocumentKind.HANDOUT, PaperSize.A4)), StandardCharsets.UTF_8));

        Map<String, List<byte[]>> embedded = embeddedFonts(doc);
        assertThat(lacking).as("the shipped stack has a fallback family").isNotEmpty();
        assertThat(embedded).hasSize(2);
        assertCovers(embedded, doc.body().text());
        byte[] fallback = embedded.values().stream().skip(1).findFirst().orElseThrow().get(0);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fallback))) {
            assertThat(font.getNumberOfGlyphs()).as("only the characters the main face lacks").isLessThan(10);
        }
    }

    @Test
    void rendersTheSameBytesEveryTime() throws IOException {
        Publication p = handouts().findFirst().orElseThrow();
        WebPages other = new WebPages(REPO.resolve("templates"), REPO, fonts(), org.handouts.languages.Bundles.shipped());
        assertThat(other.page(library, p)).isEqualTo(web.page(library, p));
        Brand brand = p.brand();
        assertThat(other.index(library, brand, "en", List.of(PaperSize.A4), List.of(Variant.STANDARD), false)).isEqualTo(web.index(library, brand, "en", List.of(PaperSize.A4), List.of(Variant.STANDARD), false));
    }

    @Test
    void indexListsEveryRoutineWithItsPageAndPdfs() {
        Document doc = index();
        Elements entries = doc.select("li.routine");
        List<Routine> routines = List.copyOf(library.routines().values());
        assertThat(entries).hasSize(routines.size());
        for (int i = 0; i < routines.size(); i++) {
            Routine r = routines.get(i);
            Element entry = entries.get(i);
            assertThat(entry.selectFirst("h2 a").attr("href")).isEqualTo(r.id() + ".html");
            assertThat(entry.selectFirst("h2 a").text()).isEqualTo(normal(r.title()));
            assertThat(entry.select(".downloads a").eachAttr("href"))
                    .containsExactly(r.id() + "-handout.pdf", r.id() + "-tracker.pdf");
            assertThat(entry.select("dd").eachText()).contains(normal(r.forWhom()));
        }
    }

    @Test
    void indexListsOnlyTheRoutinesItsBrandPublishesAndNamesTheirTopic() {
        Brand real = library.brands().values().iterator().next();
        List<String> ids = List.copyOf(library.routines().keySet());
        Brand brand = new Brand(real.id(), real.name(), real.logo(), real.primary(), real.accent(), real.address(),
                real.phone(), real.website(), real.email(), real.disclaimer(),
                org.handouts.model.Catalogue.of(List.of(ids.get(ids.size() - 1))), real.variants());
        Document doc = Jsoup.parse(new String(web.index(library, brand, "en", List.of(PaperSize.A4), List.of(Variant.STANDARD), false), StandardCharsets.UTF_8));
        assertThat(doc.select("li.routine h2 a").eachAttr("href")).containsExactly(ids.get(ids.size() - 1) + ".html");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Exercises for " + library.requireRoutine(ids.get(0)).topic());
    }

    @Test
    void indexNamesThePaperWhenThereAreSeveralAndLinksBookletsWhenBuilt() {
        Brand brand = library.brands().values().iterator().next();
        Document doc = Jsoup.parse(new String(web.index(library, brand, "en", List.of(PaperSize.A4, PaperSize.LETTER), List.of(Variant.STANDARD), true),
                StandardCharsets.UTF_8));
        Element first = doc.selectFirst("li.routine");
        assertThat(first.select(".downloads a").eachText()).containsExactly("Handout to print (PDF, A4)",
                "Weekly tracking sheet (PDF, A4)", "Booklet to print and fold (PDF, A4)", "Handout to print (PDF, letter)",
                "Weekly tracking sheet (PDF, letter)", "Booklet to print and fold (PDF, letter)");
    }

    @Test
    void printsMarkupInContentAsText() throws IOException {
        String nasty = "<script>alert(1)</script><img src=http://x.example/y>";
        Brand real = library.brands().values().iterator().next();
        Brand brand = new Brand(real.id(), nasty, real.logo(), real.primary(), real.accent(), List.of(nasty), nasty,
                "</style>", real.email(), nasty, real.catalogue(), real.variants());
        Routine r = library.routines().values().iterator().next();
        Routine routine = new Routine(r.id(), "Title " + nasty, nasty, r.level(), nasty, r.howOften(), r.minutes(), r.stopIf(),
                r.warmUp(), r.items(), r.coolDown(), r.advice(), List.of(nasty), r.next());
        Document doc = Jsoup.parse(new String(web.page(library, new Publication(brand, routine, DocumentKind.HANDOUT, PaperSize.A4)),
                StandardCharsets.UTF_8));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).hasSize(1);
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.selectFirst("h1").text()).startsWith("Title " + nasty);
        assertThat(doc.selectFirst("footer").text()).contains(nasty, "</style>");
    }

    @Test
    void aStylesheetThatWouldEndItsStyleElementIsATemplateError() throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("web"));
        for (String f : List.of("handout.html", "index.html")) {
            Files.copy(REPO.resolve("templates/web").resolve(f), templates.resolve("web").resolve(f));
        }
        Files.writeString(templates.resolve("web/page.css"), "body { color: black; }\n.a { content: \"</style>\"; }\n");

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new WebPages(templates, tmp, fonts(), org.handouts.languages.Bundles.shipped()));

        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).isEqualTo("templates/web/page.css:2:16: '</' cannot appear in the web "
                + "stylesheet: it would end the page's <style> element (write it as '<\\/' inside a string, or remove it)");
    }

    @Test
    void aMissingStylesheetIsATemplateError() throws IOException {
        Files.createDirectories(tmp.resolve("templates"));
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> new WebPages(tmp.resolve("templates"), tmp, fonts(), org.handouts.languages.Bundles.shipped()));
        assertThat(e.problems().get(0).toString())
                .isEqualTo("templates/web/page.css: template not found (pass --templates DIR pointing at a folder with web/page.css)");
    }
}
