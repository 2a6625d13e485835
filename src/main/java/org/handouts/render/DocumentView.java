package org.handouts.render;

/**
 * Document-wide settings: its title (also the PDF title), language and CSS page size.
 * {@code pageNumbers} is false in a patient's pack, whose pages are numbered through the whole
 * pack after merging, so each part leaves its "Page X of Y" out. {@code largePrint} sets the
 * document in large print: the templates add {@code large.css} and say so on the first page.
 */
public record DocumentView(String title, String language, String pageSize, boolean pageNumbers, boolean largePrint) {

    /** In standard print. */
    public DocumentView(String title, String language, String pageSize, boolean pageNumbers) {
        this(title, language, pageSize, pageNumbers, false);
    }
}
