package org.handouts.model;

/** Things a patient may need at hand. */
public enum Equipment implements Keyed {
    MAT("mat", "a mat"),
    CUSHION("cushion", "a small cushion"),
    PILLOW("pillow", "a pillow"),
    TOWEL("towel", "a towel"),
    MIRROR("mirror", "a mirror"),
    CHAIR("chair", "a steady chair"),
    WALL("wall", "a wall"),
    WEIGHTS("weights", "light weights");

    private final String key;
    private final String words;

    Equipment(String key, String words) {
        this.key = key;
        this.words = words;
    }

    @Override
    public String key() {
        return key;
    }

    public String words() {
        return words;
    }
}
