package org.handouts.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinic's identity: what its handouts carry in the header and footer, which routines it
 * publishes, and in which print variants ({@code variants}, at least one, the first being the
 * default for its patients' packs).
 */
public record Brand(String id, String name, Path logo, Colour primary, Colour accent, List<String> address,
                    String phone, String website, Optional<String> email, String disclaimer, Catalogue catalogue,
                    List<Variant> variants) {

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
        variants = List.copyOf(variants);
        if (variants.isEmpty() || variants.stream().distinct().count() != variants.size()) {
            throw new IllegalArgumentException("variants: at least one, each once");
        }
    }

    /** The same brand with its printed text in another language: name, address lines and disclaimer. */
    public Brand withText(String newName, List<String> newAddress, String newDisclaimer) {
        return new Brand(id, newName, logo, primary, accent, newAddress, phone, website, email, newDisclaimer, catalogue, variants);
    }
}
