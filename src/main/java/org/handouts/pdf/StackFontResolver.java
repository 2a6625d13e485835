package org.handouts.pdf;

import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves fonts from the stack only. Flying Saucer would answer a family it does not know (or
 * {@code sans-serif}) with a standard PDF font that is not embedded and lacks most letters; here
 * such names are dropped and the main face is always the last resort, so every glyph is drawn in
 * an embedded font of the stack.
 */
final class StackFontResolver extends ITextFontResolver {
    private final Set<String> known;
    private final String main;

    StackFontResolver(FontSet fonts) {
        this.known = fonts.families().stream().map(f -> key(f.name())).collect(Collectors.toSet());
        this.main = fonts.families().get(0).name();
    }

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        List<String> families = new ArrayList<>();
        if (spec.families() != null) {
            for (String f : spec.families()) if (known.contains(key(f))) families.add(f);
        }
        families.add(main);
        return super.resolveFont(context, new FontSpecification(spec.size(), spec.fontWeight(),
                families.toArray(String[]::new), spec.fontStyle(), spec.variant()));
    }

    private static String key(String family) {
        String s = family.strip();
        if (s.length() > 1 && (s.startsWith("\"") || s.startsWith("'"))) s = s.substring(1, s.length() - 1);
        return s.toLowerCase(Locale.ROOT);
    }
}
