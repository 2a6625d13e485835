package org.handouts.model;

/** The documents published for each routine. */
public enum DocumentKind implements Keyed {
    HANDOUT("handout", "handout.xhtml"),
    TRACKER("tracker", "tracker.xhtml");

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
