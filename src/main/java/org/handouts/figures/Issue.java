package org.handouts.figures;

/**
 * Something wrong with a figure that only shows once it is posed: a part that should touch the
 * floor but does not, a part through the floor, a prop with no room. {@code field} is the path
 * inside the figure's data ({@code start.floor}, {@code props[2]}, {@code arrow}), so the content
 * reader can point at the line.
 */
public record Issue(String field, String message, String hint) {
}
