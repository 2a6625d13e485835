package org.handouts.model;

/** Paper sizes a document can be printed on, in PDF points (1/72 inch). */
public enum PaperSize implements Keyed {
    A4("a4", "A4", 595, 842),
    LETTER("letter", "letter", 612, 792);

    private final String key;
    private final String cssName;
    private final int widthPt;
    private final int heightPt;

    PaperSize(String key, String cssName, int widthPt, int heightPt) {
        this.key = key;
        this.cssName = cssName;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    @Override
    public String key() {
        return key;
    }

    /** The CSS {@code @page size} keyword. */
    public String cssName() {
        return cssName;
    }

    public int widthPt() {
        return widthPt;
    }

    public int heightPt() {
        return heightPt;
    }
}
