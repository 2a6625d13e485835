package org.handouts.pdf;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which resources a document may load: regular files whose real path (links resolved) lies under
 * one of the allowed folders, and Flying Saucer's own default stylesheet. Nothing else: no
 * network, no jar: or other schemes, no file outside the project.
 */
public final class ResourcePolicy {
    private final List<Path> roots;
    private final String defaultStylesheet;

    public ResourcePolicy(List<Path> allowedFolders) {
        this.roots = allowedFolders.stream().map(ResourcePolicy::real).flatMap(Optional::stream).toList();
        URL css = org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler.class
                .getResource("/resources/css/XhtmlNamespaceHandler.css");
        this.defaultStylesheet = css == null ? "" : css.toString();
    }

    /** The real path of an allowed local file for {@code uri}, or empty when it must not be read. */
    public Optional<Path> findAllowedFile(String uri) {
        try {
            URI parsed = new URI(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme()) || parsed.getAuthority() != null) return Optional.empty();
            Path path = Path.of(parsed);
            Path real = path.toRealPath();
            if (!Files.isRegularFile(real)) return Optional.empty();
            return roots.stream().anyMatch(real::startsWith) ? Optional.of(real) : Optional.empty();
        } catch (Exception e) { // URISyntaxException, IllegalArgumentException, IOException: all mean "no"
            return Optional.empty();
        }
    }

    /** True for the one resource Flying Saucer loads from its own jar. */
    public boolean isDefaultStylesheet(String uri) {
        return !defaultStylesheet.isEmpty() && defaultStylesheet.equals(uri);
    }

    private static Optional<Path> real(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
