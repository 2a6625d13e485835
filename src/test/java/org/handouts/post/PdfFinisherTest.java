package org.handouts.post;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handouts.pdf.FontSet;
import org.handouts.pdf.PdfRenderer;
import org.handouts.pdf.ResourcePolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PdfFinisherTest {
    static final byte[] FILE_ID = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static PdfRenderer renderer;
    static byte[] rawA;
    static byte[] rawA2;
    static byte[] rawB;

    private final PdfFinisher finisher = new PdfFinisher();

    static String xhtml(String words) {
        return """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
                <head><title>t</title><style type="text/css">
                  @page { size: A4 portrait; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: "Atkinson Hyperlegible"; } }
                  body { font-family: "Atkinson Hyperlegible"; }
                  .break { page-break-before: always; }
                </style></head>
                <body><p>%s</p><p><b>Bold %s</b></p><p class="break">Second page</p></body>
                </html>
                """.formatted(words, words);
    }

    @BeforeAll
    static void renderRawPdfs() throws IOException {
        Path fonts = Path.of("fonts").toAbsolutePath();
        renderer = new PdfRenderer(FontSet.load(fonts), new ResourcePolicy(List.of(fonts)));
        String base = fonts.toUri().toString();
        rawA = renderer.render(xhtml("Knee rolls"), base, "a.xhtml");
        rawA2 = renderer.render(xhtml("Knee rolls"), base, "a.xhtml");
        rawB = renderer.render(xhtml("Quiet zebra jumps"), base, "b.xhtml");
    }

    static DocumentInfo info(Optional<Instant> date) {
        return new DocumentInfo("Gentle start (Beginner): Exercise handout", "Riverside Back Care",
                "Exercise handout for lower back pain: beginner routine", "lower back pain, exercise, Knee rolls",
                "en-GB", "handouts test", date, FILE_ID);
    }

    /** Every font name (BaseFont) used on any page, subset tag included. */
    static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = PdfFinisher.open(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) names.add(page.getResources().getFont(n).getName());
            }
        }
        return names;
    }

    @Test
    void setsTitleAuthorSubjectKeywordsAndLanguage() throws IOException {
        PdfFinisher.Finished done = finisher.finish(rawA, info(Optional.empty()));
        try (PDDocument doc = PdfFinisher.open(done.bytes())) {
            PDDocumentInformation meta = doc.getDocumentInformation();
            assertThat(meta.getTitle()).isEqualTo("Gentle start (Beginner): Exercise handout");
            assertThat(meta.getAuthor()).isEqualTo("Riverside Back Care");
            assertThat(meta.getSubject()).isEqualTo("Exercise handout for lower back pain: beginner routine");
            assertThat(meta.getKeywords()).isEqualTo("lower back pain, exercise, Knee rolls");
            assertThat(meta.getProducer()).isEqualTo("handouts test");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void keepsThePagesAndTheirText() throws IOException {
        PdfFinisher.Finished done = finisher.finish(rawA, info(Optional.empty()));
        assertThat(done.pages()).isEqualTo(2);
        try (PDDocument doc = PdfFinisher.open(done.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Knee rolls", "Bold Knee rolls", "Second page", "Page 1 of 2", "Page 2 of 2");
        }
    }

    @Test
    void withoutADateTheFileCarriesNoDate() throws IOException {
        try (PDDocument doc = PdfFinisher.open(finisher.finish(rawA, info(Optional.empty())).bytes())) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
        }
    }

    @Test
    void aGivenDateIsWrittenAsBothCreationAndModificationDate() throws IOException {
        Instant date = Instant.parse("2026-01-01T00:00:00Z");
        try (PDDocument doc = PdfFinisher.open(finisher.finish(rawA, info(Optional.of(date))).bytes())) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(date);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(date);
        }
    }

    @Test
    void writesTheGivenFileIdTwice() throws IOException {
        try (PDDocument doc = PdfFinisher.open(finisher.finish(rawA, info(Optional.empty())).bytes())) {
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id.size()).isEqualTo(2);
            assertThat(((COSString) id.getObject(0)).getBytes()).isEqualTo(FILE_ID);
            assertThat(((COSString) id.getObject(1)).getBytes()).isEqualTo(FILE_ID);
        }
    }

    @Test
    void sameInputTwiceGivesByteIdenticalOutput() {
        byte[] first = finisher.finish(rawA, info(Optional.empty())).bytes();
        byte[] second = new PdfFinisher().finish(rawA, info(Optional.empty())).bytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoRendersOfTheSameDocumentFinishByteIdentical() throws IOException {
        // OpenPDF picks random subset tags, so the raw renders differ; the finished files must not.
        assertThat(fontNames(rawA)).isNotEqualTo(fontNames(rawA2));
        byte[] first = finisher.finish(rawA, info(Optional.empty())).bytes();
        byte[] second = finisher.finish(rawA2, info(Optional.empty())).bytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void subsetTagsAreReplacedEverywhereWithTagsDerivedFromTheSubset() throws IOException {
        List<String> raw = fontNames(rawA);
        List<String> finished = fontNames(finisher.finish(rawA, info(Optional.empty())).bytes());
        assertThat(finished).hasSameSizeAs(raw).allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+AtkinsonHyperlegibleNext-.+"));
        // Same fonts, new tags: the part after the tag is kept.
        assertThat(finished.stream().map(n -> n.substring(7)).toList())
                .isEqualTo(raw.stream().map(n -> n.substring(7)).toList());
        assertThat(new TreeSet<>(finished)).doesNotContainAnyElementsOf(raw);
        try (PDDocument doc = PdfFinisher.open(finisher.finish(rawA, info(Optional.empty())).bytes())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    // The descriptor and the descendant font carry the same name as the font itself.
                    assertThat(font.getFontDescriptor().getFontName()).isEqualTo(font.getName());
                    var descendants = font.getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS);
                    if (descendants != null) {
                        assertThat(((org.apache.pdfbox.cos.COSDictionary) descendants.getObject(0))
                                .getNameAsString(COSName.BASE_FONT)).isEqualTo(font.getName());
                    }
                }
            }
        }
    }

    @Test
    void differentSubsetsGetDifferentTags() throws IOException {
        List<String> a = fontNames(finisher.finish(rawA, info(Optional.empty())).bytes());
        List<String> b = fontNames(finisher.finish(rawB, info(Optional.empty())).bytes());
        assertThat(new TreeSet<>(a)).doesNotContainAnyElementsOf(new TreeSet<>(b));
    }

    @Test
    void mergeConcatenatesThePagesAndFinishesTheResult() throws IOException {
        PdfFinisher.Finished merged = finisher.merge(List.of(rawA, rawB), info(Optional.empty()));
        assertThat(merged.pages()).isEqualTo(4);
        try (PDDocument doc = PdfFinisher.open(merged.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Gentle start (Beginner): Exercise handout");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text.indexOf("Knee rolls")).isLessThan(text.indexOf("Quiet zebra jumps")).isNotNegative();
        }
        assertThat(finisher.merge(List.of(rawA2, rawB), info(Optional.empty())).bytes()).isEqualTo(merged.bytes());
    }

    /** Finish, merge and booklet: the three ways a PDF leaves the program. */
    List<byte[]> everyKindOfOutput(Optional<Instant> date) {
        return List.of(finisher.finish(rawA, info(date)).bytes(), finisher.merge(List.of(rawA, rawB), info(date)).bytes(),
                finisher.booklet(rawA, info(date)).bytes());
    }

    @Test
    void everyKindOfOutputDeclaresPdf17AndClaimsPdfA2b() throws IOException {
        for (byte[] pdf : everyKindOfOutput(Optional.empty())) {
            assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
            try (PDDocument doc = PdfFinisher.open(pdf)) {
                assertThat(doc.getVersion()).isEqualTo(PdfFinisher.PDF_VERSION);
                assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.VERSION)).isFalse();
                assertThat(Metadata.pdfaId(doc)).isEqualTo("2B");
                var intents = doc.getDocumentCatalog().getOutputIntents();
                assertThat(intents).hasSize(1);
                assertThat(intents.getFirst().getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
                assertThat(intents.getFirst().getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
            }
        }
    }

    @Test
    void xmpMetadataStatesWhatTheInformationDictionaryStates() throws IOException {
        for (Optional<Instant> date : List.of(Optional.<Instant>empty(), Optional.of(Instant.parse("2026-01-01T00:00:00Z")))) {
            for (byte[] pdf : everyKindOfOutput(date)) {
                try (PDDocument doc = PdfFinisher.open(pdf)) {
                    var info = Metadata.info(doc);
                    assertThat(Metadata.xmp(doc)).isEqualTo(info);
                    assertThat(info).containsKeys("Title", "Author", "Subject", "Keywords", "Creator", "Producer");
                    if (date.isPresent()) {
                        assertThat(info).containsEntry("CreationDate", "2026-01-01T00:00Z".replace("00Z", "00:00Z"))
                                .containsEntry("ModDate", "2026-01-01T00:00:00Z");
                    } else {
                        assertThat(info).doesNotContainKeys("CreationDate", "ModDate");
                    }
                }
            }
        }
    }

    @Test
    void xmpEscapesMarkupInTheTitle() throws IOException {
        DocumentInfo tricky = new DocumentInfo("Knees & hips <\"gentle\">", "A & B", "s", "k", "en-GB", "p",
                Optional.empty(), FILE_ID);
        try (PDDocument doc = PdfFinisher.open(finisher.finish(rawA, tricky).bytes())) {
            assertThat(Metadata.xmp(doc)).containsEntry("Title", "Knees & hips <\"gentle\">").containsEntry("Author", "A & B");
        }
    }

    @Test
    void refusesAFileIdThatIsNotSixteenBytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DocumentInfo("t", "a", "s", "k", "en", "p",
                Optional.empty(), new byte[15]));
    }

    @Test
    void fileIdCannotBeChangedFromOutside() {
        byte[] id = Arrays.copyOf(FILE_ID, 16);
        DocumentInfo info = new DocumentInfo("t", "a", "s", "k", "en", "p", Optional.empty(), id);
        id[0] = 'X';
        info.fileId()[1] = 'Y';
        assertThat(info.fileId()).isEqualTo(FILE_ID);
    }

    @Test
    void notAPdfIsReportedAsUnreadable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> finisher.finish("not a pdf".getBytes(), info(Optional.empty())))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("cannot finish PDF");
    }
}
