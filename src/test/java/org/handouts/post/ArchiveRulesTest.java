package org.handouts.post;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ArchiveRulesTest {

    /** A page whose resources hold {@code xobject} as /X0, under a catalog, as a finished file would. */
    static COSDictionary documentWith(COSDictionary xobject) {
        COSDictionary xobjects = new COSDictionary();
        xobjects.setItem(COSName.getPDFName("X0"), xobject);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.XOBJECT, xobjects);
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.TYPE, COSName.PAGE);
        page.setItem(COSName.RESOURCES, resources);
        COSArray kids = new COSArray();
        kids.add(page);
        COSDictionary pages = new COSDictionary();
        pages.setItem(COSName.KIDS, kids);
        page.setItem(COSName.PARENT, pages);                    // a cycle, as in every page tree
        COSDictionary catalog = new COSDictionary();
        catalog.setItem(COSName.PAGES, pages);
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.ROOT, catalog);
        return trailer;
    }

    static COSStream image(COSName colourSpace) {
        COSStream image = new COSStream();
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setItem(COSName.COLORSPACE, colourSpace);
        return image;
    }

    @Test
    void anRgbImageIsFine() {
        assertThat(ArchiveRules.problems(documentWith(image(COSName.DEVICERGB)))).isEmpty();
    }

    @Test
    void aCmykImageIsAProblemBecauseTheOutputIntentIsRgb() {
        assertThat(ArchiveRules.problems(documentWith(image(COSName.DEVICECMYK))))
                .containsExactly("an image is in DeviceCMYK colours (the output intent is sRGB)");
    }

    @Test
    void lzwCompressionIsAProblemAloneOrInAFilterChain() {
        COSStream alone = image(COSName.DEVICERGB);
        alone.setItem(COSName.FILTER, COSName.getPDFName("LZWDecode"));
        assertThat(ArchiveRules.problems(documentWith(alone))).containsExactly("a stream is LZW-compressed");
        COSStream chained = image(COSName.DEVICERGB);
        COSArray filters = new COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSName.getPDFName("LZWDecode"));
        chained.setItem(COSName.FILTER, filters);
        assertThat(ArchiveRules.problems(documentWith(chained))).containsExactly("a stream is LZW-compressed");
    }

    @Test
    void javaScriptPostScriptReferenceXObjectsAndTransferFunctionsAreProblems() {
        COSStream form = new COSStream();
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        form.setItem(COSName.getPDFName("Ref"), new COSDictionary());
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.S, COSName.getPDFName("JavaScript"));
        COSDictionary state = new COSDictionary();
        state.setItem(COSName.TYPE, COSName.EXT_G_STATE);
        state.setItem(COSName.TR, COSName.IDENTITY);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.A, action);
        resources.setItem(COSName.EXT_G_STATE, state);
        form.setItem(COSName.RESOURCES, resources);
        assertThat(ArchiveRules.problems(documentWith(form)))
                .containsExactlyInAnyOrder("a reference XObject", "JavaScript", "a transfer function (TR)");
    }

    @Test
    void finishingRefusesAFontThatIsNotEmbeddedNamingIt() throws IOException {
        byte[] raw;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);   // a reference, no font program
                c.newLineAtOffset(72, 700);
                c.showText("Knee rolls");
                c.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            raw = out.toByteArray();
        }
        assertThatIllegalStateException()
                .isThrownBy(() -> new PdfFinisher().finish(raw, PdfFinisherTest.info(Optional.empty())))
                .withMessage("'Gentle start (Beginner): Exercise handout' would not be PDF/A-2b: font Helvetica is not embedded");
    }

    /** Draws on a picture's page: its document, the page and the page's drawing. */
    interface Drawing {
        void draw(PDDocument doc, PDPage page, PDPageContentStream c) throws IOException;
    }

    /** A one-page picture PDF: an RGB line, then whatever {@code more} draws. */
    static byte[] picture(Drawing more) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 200));
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.setStrokingColor(0.1f, 0.2f, 0.4f);
                c.moveTo(30, 20);
                c.lineTo(270, 180);
                c.stroke();
                more.draw(doc, page, c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static PDFormXObject form(PDDocument doc, String drawing) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(100, 100));
        form.setResources(new PDResources());
        try (var out = form.getContentStream().createOutputStream()) {
            out.write(drawing.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    @Test
    void aPictureDrawnInRgbWithTransparencyHasNoProblems() throws IOException {
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) -> {
            PDExtendedGraphicsState half = new PDExtendedGraphicsState();
            half.setNonStrokingAlphaConstant(0.5f);
            half.getCOSObject().setItem(COSName.BM, COSName.getPDFName("Multiply"));
            c.setGraphicsStateParameters(half);
            c.setNonStrokingColor(1f, 0f, 0f);
            c.addRect(10, 10, 50, 50);
            c.fill();
        }))).isEmpty();
    }

    @Test
    void aPictureSettingCmykColoursInItsPageOrItsFormsIsAProblemOnce() throws IOException {
        List<String> cmyk = List.of(ArchiveRules.CMYK);
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) -> {
            c.setNonStrokingColor(0f, 0f, 0f, 1f);     // k
            c.addRect(10, 10, 50, 50);
            c.fill();
            c.setStrokingColor(0f, 1f, 0f, 0f);        // K
        }))).isEqualTo(cmyk);
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) ->
                c.drawForm(form(doc, "/DeviceCMYK cs 0 1 0 0 sc 0 0 50 50 re f"))))).isEqualTo(cmyk);
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) ->
                c.drawForm(form(doc, "q 10 0 0 10 0 0 cm BI /W 1 /H 1 /CS /CMYK /BPC 8 ID \0\0\0\0 EI Q"))))).isEqualTo(cmyk);
    }

    @Test
    void aPictureWithACmykTransparencyGroupOrSpotColourIsAProblem() throws IOException {
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) -> {
            PDFormXObject form = form(doc, "0 0 1 rg 0 0 50 50 re f");
            COSDictionary group = new COSDictionary();
            group.setItem(COSName.TYPE, COSName.GROUP);
            group.setItem(COSName.S, COSName.TRANSPARENCY);
            group.setItem(COSName.CS, COSName.DEVICECMYK);
            form.getCOSObject().setItem(COSName.GROUP, group);
            c.drawForm(form);
        }))).containsExactly(ArchiveRules.CMYK);
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) -> {
            COSArray spot = new COSArray();
            spot.add(COSName.SEPARATION);
            spot.add(COSName.getPDFName("Brand"));
            spot.add(COSName.DEVICECMYK);
            spot.add(new COSDictionary());
            COSDictionary spaces = new COSDictionary();
            spaces.setItem(COSName.getPDFName("CS0"), spot);
            page.getResources().getCOSObject().setItem(COSName.COLORSPACE, spaces);
        }))).containsExactly(ArchiveRules.CMYK);
    }

    @Test
    void aPictureWithAFontNotEmbeddedOrABlendModePdfDoesNotDefineIsAProblem() throws IOException {
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) -> {
            c.beginText();
            c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            c.newLineAtOffset(20, 20);
            c.showText("Knee rolls");
            c.endText();
            PDExtendedGraphicsState fancy = new PDExtendedGraphicsState();
            fancy.getCOSObject().setItem(COSName.BM, COSName.getPDFName("Fancy"));
            c.setGraphicsStateParameters(fancy);
        }))).containsExactlyInAnyOrder("font Helvetica is not embedded", "blend mode Fancy, which PDF does not define");
    }

    @Test
    void whatImportingAPictureLeavesBehindIsNoProblem() throws IOException {
        // A handout imports the page's drawing and resources only: not the file's or the page's actions.
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) -> {
            COSDictionary script = new COSDictionary();
            script.setItem(COSName.S, COSName.getPDFName("JavaScript"));
            script.setString(COSName.JS, "app.alert(1)");
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, script);
            COSDictionary actions = new COSDictionary();
            actions.setItem(COSName.O, script);
            page.getCOSObject().setItem(COSName.AA, actions);
        }))).isEmpty();
    }

    @Test
    void aPictureWhoseDrawingUnpacksToMoreThanTheLimitIsAProblem() throws IOException {
        byte[] spaces = new byte[(int) ArchiveRules.MAX_CONTENT_BYTES + 1];
        java.util.Arrays.fill(spaces, (byte) ' ');
        assertThat(ArchiveRules.pictureProblems(picture((doc, page, c) ->
                c.drawForm(form(doc, new String(spaces, StandardCharsets.US_ASCII))))))
                .containsExactly("drawing operators that unpack to more than 16 MiB");
    }

    @Test
    void aRenderedAndFinishedDocumentHasNoProblems() throws IOException {
        PdfFinisherTest.renderRawPdfs();
        byte[] done = new PdfFinisher().finish(PdfFinisherTest.rawA, PdfFinisherTest.info(Optional.empty())).bytes();
        try (PDDocument doc = PdfFinisher.open(done)) {
            assertThat(ArchiveRules.problems(doc.getDocument().getTrailer())).isEqualTo(List.of());
        }
    }
}
