package org.handouts.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The font stack of fonts/stack.txt: Welsh, Polish and Vietnamese text prints (and reads back),
 * each character in the first font that has it, every font embedded; a character that no font has
 * is one located problem naming each such character once.
 */
class FontStackTest {
    static final String WELSH = "Dŵr a ŷd, Ŵyn yn y cae.";
    static final String POLISH = "Zażółć gęślą jaźń, Łódź.";
    static final String VIETNAMESE = "Tiếng Việt, nghỉ ngơi một chút.";
    static final String CZECH_TURKISH = "Příliš žluťoučký kůň; Işık ğüşç İstanbul.";

    @TempDir
    Path tmp;
    FixtureProject project;

    @BeforeEach
    void copyProject() throws IOException {
        project = FixtureProject.copy("neck", tmp.resolve("project"));
    }

    private void tips(String... tips) throws IOException {
        Path chin = project.file("exercises/chin-tucks.yaml");
        StringBuilder yaml = new StringBuilder("tips:\n");
        for (String t : tips) yaml.append("  - ").append(t).append('\n');
        Files.writeString(chin, Files.readString(chin) + yaml);
    }

    @Test
    void welshPolishAndVietnamesePrintAndReadBack() throws IOException {
        tips(WELSH, POLISH, VIETNAMESE, CZECH_TURKISH);
        Cli.Run run = project.build();
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("harbour/neck-basics-handout.pdf"))) {
            // Read in position order: a run in the fallback font is drawn after the rest of its line.
            assertThat(String.join(" ", Pdfs.pageTexts(doc))).contains(WELSH, POLISH, VIETNAMESE, CZECH_TURKISH);
            Map<String, Pdfs.FontUse> drawn = Pdfs.fontsDrawn(doc);
            String main = drawnIn(drawn, "AtkinsonHyperlegibleNext-Regular");
            // Welsh, Polish, Czech and Turkish letters are in the main face.
            assertThat(main).contains("ŵ", "ŷ", "Ŵ", "ż", "ł", "ń", "ę", "Ł", "ř", "ů", "ť", "ı", "ğ", "ş", "İ");
            // The Vietnamese letters the main face lacks print in the fallback, the rest stays in the main face.
            assertThat(drawnIn(drawn, "DejaVuSans")).contains("ế", "ệ", "ỉ", "ơ", "ộ").doesNotContain("T", "n");
            assertThat(main).contains("Ti", "ng Vi");
            for (Pdfs.FontUse use : drawn.values()) {
                assertThat(use.font().isEmbedded()).as(use.font().getName() + " embedded").isTrue();
            }
            for (PDFont font : Pdfs.fontsInResources(doc).values()) {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
        }
    }

    private static String drawnIn(Map<String, Pdfs.FontUse> drawn, String fontName) {
        return drawn.entrySet().stream().filter(e -> e.getKey().endsWith("+" + fontName))
                .map(e -> e.getValue().text().toString()).findFirst().orElse("");
    }

    @Test
    void charactersNoFontHasAreOneLocatedProblemNamingEachOnce() throws IOException {
        tips(WELSH, "Breathe 漢 in 𝄞 and 漢 out.");
        int line = project.lineOf("exercises/chin-tucks.yaml", "Breathe");
        Cli.Run run = project.build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("exercises/chin-tucks.yaml:" + line + ":5: tips[2]: characters '漢' (U+6F22), "
                + "'𝄞' (U+1D11E) are in no font of the stack and would not print (replace it, or copy a .ttf font that "
                + "has it into fonts/ and add it to fonts/stack.txt)").contains("1 problem in 1 file");
        assertThat(project.out).doesNotExist();
    }

    @Test
    void theHintWorks_aFontAddedToTheFolderAndTheStackMakesTheCharacterPrint() throws IOException {
        tips("Stay warm ☃ outside.");
        Path fonts = tmp.resolve("fonts");
        Files.createDirectories(fonts);
        for (String f : new String[] {"AtkinsonHyperlegibleNext-Regular.ttf", "AtkinsonHyperlegibleNext-Bold.ttf"}) {
            Files.copy(Cli.REPO.resolve("fonts").resolve(f), fonts.resolve(f));
        }
        Files.writeString(fonts.resolve("stack.txt"), "AtkinsonHyperlegibleNext-Regular.ttf AtkinsonHyperlegibleNext-Bold.ttf\n");
        Cli.Run refused = Cli.run(args(fonts));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("character '☃' (U+2603) is in no font of the stack");

        Files.copy(Cli.REPO.resolve("fonts/DejaVuSans.ttf"), fonts.resolve("DejaVuSans.ttf"));
        Cli.Run unlisted = Cli.run(args(fonts));
        assertThat(unlisted.exit()).isEqualTo(1);
        assertThat(unlisted.err()).contains("stack.txt: does not list DejaVuSans.ttf, which is in the fonts folder (add it to stack.txt");

        Files.writeString(fonts.resolve("stack.txt"), "DejaVuSans.ttf\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Run run = Cli.run(args(fonts));
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument doc = Pdfs.open(project.out.resolve("harbour/neck-basics-handout.pdf"))) {
            assertThat(String.join(" ", Pdfs.pageTexts(doc))).contains("Stay warm ☃ outside.");
            assertThat(drawnIn(Pdfs.fontsDrawn(doc), "DejaVuSans")).isEqualTo("☃");
        }
    }

    @Test
    void aStackFileNamingAMissingFontIsALocatedProblem() throws IOException {
        Path fonts = tmp.resolve("fonts");
        Files.createDirectories(fonts);
        Files.copy(Cli.REPO.resolve("fonts/DejaVuSans.ttf"), fonts.resolve("DejaVuSans.ttf"));
        Files.writeString(fonts.resolve("stack.txt"), "# main face\nDejaVuSans.ttf DejaVuSans-Bold.ttf\n");
        Cli.Run run = Cli.run(args(fonts));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("stack.txt:2:1: no font file 'DejaVuSans-Bold.ttf' in the fonts folder "
                + "(copy the .ttf file next to stack.txt, or correct the name)");
    }

    private String[] args(Path fonts) {
        return new String[] {"build", "--content", project.content.toString(), "--templates",
                Cli.REPO.resolve("templates").toString(), "--fonts", fonts.toString(), "--out", project.out.toString()};
    }
}
