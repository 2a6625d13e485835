package org.handouts.post;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finished PDF says about itself. {@code date} is absent when the build has no reproducible
 * date (no SOURCE_DATE_EPOCH), so no clock time leaks into the file;
 * {@code fileId} is derived from the inputs, so identical inputs give identical files.
 */
public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                           String producer, Optional<Instant> date, byte[] fileId) {

    public DocumentInfo {
        Objects.requireNonNull(title);
        Objects.requireNonNull(author);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(keywords);
        Objects.requireNonNull(language);
        Objects.requireNonNull(producer);
        Objects.requireNonNull(date);
        if (fileId.length != 16) throw new IllegalArgumentException("file id must be 16 bytes");
        fileId = fileId.clone();
    }

    @Override
    public byte[] fileId() {
        return fileId.clone();
    }
}
