package org.handouts.post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The XMP metadata packet of a finished PDF: the same title, author, subject, keywords, producer
 * and dates as the document information dictionary (PDF/A requires the two to agree), the
 * language, and the PDF/A identification. Written by hand rather than through an XMP library: the
 * packet is small and fixed in shape, and a fixed text keeps rebuilds byte-identical.
 */
final class Xmp {
    /** Creator tool, both in the information dictionary and in the XMP. */
    static final String CREATOR = "handouts";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Xmp() {
    }

    /** The packet for {@code info}, declaring PDF/A part {@code part}, conformance {@code conformance}. */
    static String packet(DocumentInfo info, int part, String conformance) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", info.title());
        if (!info.author().isEmpty()) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!info.subject().isEmpty()) alt(x, "dc:description", info.subject());
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(info.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>").append(escape(info.producer())).append("</pdf:Producer>\n");
        if (!info.keywords().isEmpty()) x.append("   <pdf:Keywords>").append(escape(info.keywords())).append("</pdf:Keywords>\n");
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n");
        Optional<Instant> date = info.date();
        date.ifPresent(d -> x.append("   <xmp:CreateDate>").append(DATE.format(d)).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(DATE.format(d)).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(DATE.format(d)).append("</xmp:MetadataDate>\n"));
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <pdfaid:part>").append(part).append("</pdfaid:part>\n")
                .append("   <pdfaid:conformance>").append(conformance).append("</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n");
        x.append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static void alt(StringBuilder x, String element, String value) {
        x.append("   <").append(element).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                .append("</rdf:li></rdf:Alt></").append(element).append(">\n");
    }

    /**
     * Escapes XML's special characters. Characters XML 1.0 cannot hold at all (most control
     * characters) cannot reach here: content is checked to be printable before anything renders.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        throw new IllegalArgumentException("character U+%04X cannot be written into XMP metadata".formatted(c));
                    }
                    out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }
}
