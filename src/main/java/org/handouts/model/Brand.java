package org.handouts.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A clinic's identity: what its handouts carry in the header and footer, and which routines it publishes. */
public record Brand(String id, String name, Path logo, Colour primary, Colour accent, List<String> address,
                    String phone, String website, Optional<String> email, String disclaimer, Catalogue catalogue) {

    public Brand {
        Ids.require(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(logo);
        Objects.requireNonNull(primary);
        Objects.requireNonNull(accent);
        Objects.requireNonNull(phone);
        Objects.requireNonNull(website);
        Objects.requireNonNull(email);
        Objects.requireNonNull(disclaimer);
        Objects.requireNonNull(catalogue);
        address = List.copyOf(address);
    }
}
