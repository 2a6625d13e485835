package org.handouts.model;

import java.util.Objects;

/**
 * Something a patient may need at hand, as a clinic defines it: {@code content/equipment/<id>.yaml}
 * gives the words printed on the card ("a door frame", "a resistance band").
 */
public record Equipment(String id, String words) {

    public Equipment {
        Ids.require(id);
        Objects.requireNonNull(words);
        if (words.isBlank()) throw new IllegalArgumentException("equipment needs words to print");
    }
}
