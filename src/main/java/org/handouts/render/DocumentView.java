package org.handouts.render;

/** Document-wide settings: its title (also the PDF title), language and CSS page size. */
public record DocumentView(String title, String language, String pageSize) {
}
