package org.handouts.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinic's identity: what its handouts carry in the header and footer, which routines it
 * publishes, in which print variants ({@code variants}, at least one, the first being the
 * default for its patients' packs) and in which languages ({@code languages}: language codes such
 * as {@code cy}, at least one, each once; the first is the brand's main language, whose files
 * carry no language suffix and which its patients' packs default to).
 */
public record Brand(String id, String name, Path logo, Colour primary, Colour accent, List<String> address,
                    String phone, String website, Optional<String> email, String disclaimer, Catalogue catalogue,
                    List<Variant> variants, List<String> languages) {

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
        languages = List.copyOf(languages);
        if (languages.isEmpty() || languages.stream().distinct().count() != languages.size()) {
            throw new IllegalArgumentException("languages: at least one, each once");
        }
        for (String code : languages) {
            if (!code.matches("[a-z]{2,3}")) throw new IllegalArgumentException("not a language code: " + code);
        }
    }

    /** Published in English only, the content's own language. */
    public Brand(String id, String name, Path logo, Colour primary, Colour accent, List<String> address,
                 String phone, String website, Optional<String> email, String disclaimer, Catalogue catalogue,
                 List<Variant> variants) {
        this(id, name, logo, primary, accent, address, phone, website, email, disclaimer, catalogue, variants, List.of("en"));
    }

    /** The brand's main language: the first it names. */
    public String mainLanguage() {
        return languages.get(0);
    }

    /** The same brand with its printed text in another language: name, address lines and disclaimer. */
    public Brand withText(String newName, List<String> newAddress, String newDisclaimer) {
        return new Brand(id, newName, logo, primary, accent, newAddress, phone, website, email, newDisclaimer, catalogue, variants,
                languages);
    }
}
