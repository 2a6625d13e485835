package org.handouts.model;

import java.util.List;
import java.util.Objects;

/**
 * The content in one more language than its own: the {@code translations: <language>:} blocks of
 * the content files, built into a {@link Library} with the same ids and the same non-text data as
 * the English one. {@code library} holds every brand (a brand's translated fields are optional) and
 * each other item whose text is fully translated; an item with a translation missing is left out
 * and its {@code gaps} say, located, what is missing. Whether a gap is an error depends on what is
 * published in the language, which the content stage decides.
 *
 * @param language a BCP 47 language subtag such as {@code es} or {@code cy}
 */
public record Translation(String language, Library library, List<Gap> gaps) {

    public Translation {
        Objects.requireNonNull(language);
        Objects.requireNonNull(library);
        if (!library.translations().isEmpty()) throw new IllegalArgumentException("a translation holds one language");
        gaps = List.copyOf(gaps);
    }

    /**
     * A translation missing from one content file.
     *
     * @param folder  the content folder of the file, such as {@code exercises}
     * @param id      the item's id (its file name without {@code .yaml})
     * @param problem what is missing, located at the English text it translates
     */
    public record Gap(String folder, String id, Problem problem) {
        public Gap {
            Objects.requireNonNull(folder);
            Ids.require(id);
            Objects.requireNonNull(problem);
        }
    }
}
