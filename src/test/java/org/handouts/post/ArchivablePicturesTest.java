package org.handouts.post;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.handouts.model.PdfProbe;
import org.handouts.pdf.PdfInspector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's PDF probe: the page's facts as the importer reads them, and what makes it unfit for a handout. */
class ArchivablePicturesTest {
    private final PdfProbe probe = new ArchivablePictures(new PdfInspector());

    @Test
    void aGoodPictureHasItsFactsAndNoProblems() throws IOException {
        PdfProbe.Facts facts = probe.inspect(ArchiveRulesTest.picture((doc, page, c) -> { })).orElseThrow();
        assertThat(facts).isEqualTo(new PdfProbe.Facts(1, false, 300, 200, 0, List.of(), true));
    }

    @Test
    void findsWhatWouldBreakPdfA() throws IOException {
        PdfProbe.Facts facts = probe.inspect(ArchiveRulesTest.picture((doc, page, c) -> {
            c.setNonStrokingColor(0f, 0f, 0f, 1f);
            c.addRect(10, 10, 50, 50);
            c.fill();
        })).orElseThrow();
        assertThat(facts.archiveProblems()).containsExactly(ArchiveRules.CMYK);
        assertThat(facts.drawable()).isTrue();
    }

    @Test
    void aPageThatCannotBeDrawnIsSaidSo() throws IOException {
        // A spot colour whose tint function gives one value where its RGB alternate needs three.
        PdfProbe.Facts facts = probe.inspect(ArchiveRulesTest.picture((doc, page, c) -> {
            COSDictionary tint = new COSDictionary();
            tint.setInt(COSName.FUNCTION_TYPE, 2);
            COSArray domain = new COSArray();
            domain.add(new COSFloat(0));
            domain.add(new COSFloat(1));
            tint.setItem(COSName.DOMAIN, domain);
            tint.setInt(COSName.N, 1);
            COSArray spot = new COSArray();
            spot.add(COSName.SEPARATION);
            spot.add(COSName.getPDFName("Brand"));
            spot.add(COSName.DEVICERGB);
            spot.add(tint);
            COSDictionary spaces = new COSDictionary();
            spaces.setItem(COSName.getPDFName("CS0"), spot);
            page.getResources().getCOSObject().setItem(COSName.COLORSPACE, spaces);
            c.appendRawCommands("/CS0 cs 1 sc 10 10 50 50 re f\n");
        })).orElseThrow();
        assertThat(facts.archiveProblems()).isEmpty();
        assertThat(facts.drawable()).isFalse();
    }

    @Test
    void anEncryptedOrDamagedFileIsLeftToTheImportersFacts() {
        assertThat(probe.inspect("%PDF-1.4 not really".getBytes())).isEmpty();
    }
}
