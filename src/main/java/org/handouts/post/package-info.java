/**
 * Finishing PDFs with PDFBox: metadata, stable ids and font names (byte-identical rebuilds),
 * merging documents, and page previews.
 */
package org.handouts.post;
