package org.handouts.model;

/** An enum constant spelled in content files by a lower-case, hyphenated key. */
public interface Keyed {
    /** The spelling used in YAML, such as {@code lying-on-back}. */
    String key();
}
