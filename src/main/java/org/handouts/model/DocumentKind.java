package org.handouts.model;

/**
 * The documents published for each routine. A booklet is the handout imposed two pages a side
 * for folding; it is built only when asked for ({@code build --booklet}).
 */
public enum DocumentKind implements Keyed {
    HANDOUT("handout", "handout.xhtml"),
    TRACKER("tracker", "tracker.xhtml"),
    BOOKLET("booklet", "handout.xhtml");

    private final String key;
    private final String template;

    DocumentKind(String key, String template) {
        this.key = key;
        this.template = template;
    }

    @Override
    public String key() {
        return key;
    }

    /** The template file under {@code templates/}. */
    public String template() {
        return template;
    }
}
