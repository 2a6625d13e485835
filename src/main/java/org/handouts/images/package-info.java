/**
 * Images a clinic supplies (logos, exercise pictures): what one costs to decode, read from its
 * header before any pixel is decoded. Entry point: {@link org.handouts.images.ImageBudget}.
 * A bottom-layer package like {@code model}: any stage that opens an image file may use it.
 */
package org.handouts.images;
