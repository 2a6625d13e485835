package org.handouts.web;

import java.util.Objects;

/** A TrueType font the pages embed: its CSS family, whether it is the bold face, and the file's bytes. */
public record WebFont(String family, boolean bold, byte[] ttf) {
    public WebFont {
        Objects.requireNonNull(family);
        Objects.requireNonNull(ttf);
    }
}
