package org.handouts.post;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * veraPDF, the reference PDF/A validator, checking the part and level {@link PdfFinisher} claims.
 * Starting it is slow (it compiles its rule profile), so a test class makes one and reuses it;
 * it is not thread-safe.
 */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** PDF/A-2b: the flavour every output claims. */
    public static final PDFAFlavour FLAVOUR = PDFAFlavour.PDFA_2_B;

    private final PDFAValidator validator =
            Foundries.defaultInstance().createValidator(FLAVOUR, 3, false, true, false);

    /**
     * Each rule the PDF breaks, once, as "ISO 19005-2:2011 6.2.11.4.1-1: description (where: context)";
     * empty when it conforms.
     */
    public List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), FLAVOUR)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) return List.of();
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(VeraPdf::describe).distinct().toList();
            return failed.isEmpty() ? List.of("not compliant, no failed rule reported") : failed;
        } catch (Exception e) {
            return List.of("veraPDF could not check the file: " + e);
        }
    }

    private static String describe(TestAssertion a) {
        RuleId rule = a.getRuleId();
        String where = a.getLocationContext() == null ? "" : " (at " + a.getLocationContext() + ")";
        String detail = a.getErrorMessage() == null || a.getErrorMessage().isBlank() ? "" : " [" + a.getErrorMessage() + "]";
        return rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber() + ": "
                + a.getMessage() + detail + where;
    }
}
