package org.handouts.post;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    @Test
    void aRenderedAndFinishedDocumentHasNoProblems() throws IOException {
        PdfFinisherTest.renderRawPdfs();
        byte[] done = new PdfFinisher().finish(PdfFinisherTest.rawA, PdfFinisherTest.info(Optional.empty())).bytes();
        try (PDDocument doc = PdfFinisher.open(done)) {
            assertThat(ArchiveRules.problems(doc.getDocument().getTrailer())).isEqualTo(List.of());
        }
    }
}
