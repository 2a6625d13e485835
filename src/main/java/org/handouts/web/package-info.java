/**
 * Web pages: each handout as one self-contained, accessible HTML5 page, and an index of a brand's
 * routines ({@link org.handouts.web.WebPages}). The pages are rendered from the same view models
 * as the PDFs ({@link org.handouts.render.Views}) with templates in HTML mode; fonts and the logo
 * are inlined, so a page makes no request of any kind.
 */
package org.handouts.web;
