/**
 * XHTML to PDF with Flying Saucer (OpenPDF backend): a hardened XML parse, a user agent that
 * reads only allowed files, the embedded fonts, and one renderer per document.
 */
package org.handouts.pdf;
