package org.handouts.pdf;

import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The font stack every document embeds: an ordered list of families, the main face first, then
 * fallbacks. A character prints in the first family that has it (in all of that family's files,
 * so it prints in regular and bold alike); {@link GlyphFallback} marks the text accordingly, as
 * Flying Saucer itself uses one font per run of text. Every file is registered with Identity-H
 * encoding and embedded, so any glyph it has can be printed; OpenPDF subsets what is used.
 *
 * <p>The order comes from {@code stack.txt} in the fonts folder (one family a line: the regular
 * file, then the bold file); without it, every .ttf in the folder, grouped by family, in file-name
 * order.
 */
public final class FontSet {
    /** The file in the fonts folder that orders the stack. */
    public static final String STACK_FILE = org.handouts.model.Glyphs.STACK_FILE;

    /** One family of the stack: its name and its files (regular first). */
    public record Family(String name, List<Face> faces) {
        public Family {
            faces = List.copyOf(faces);
        }

        boolean has(int codePoint) {
            return faces.stream().allMatch(f -> f.awt().canDisplay(codePoint));
        }
    }

    /** One font file as CSS would declare it. */
    public record Face(Path file, String family, boolean bold, Font awt) {
    }

    /** A defect in the stack file, with its line (1-based; 0 for the file as a whole). */
    public static final class StackException extends IOException {
        private final Path file;
        private final int line;
        private final String hint;

        StackException(Path file, int line, String message, String hint) {
            super(message);
            this.file = file;
            this.line = line;
            this.hint = hint;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }

        public String hint() {
            return hint;
        }
    }

    private final List<Family> families;

    private FontSet(List<Family> families) {
        this.families = List.copyOf(families);
    }

    /** The stack of the fonts folder: as {@code stack.txt} orders it, or every .ttf by family. */
    public static FontSet load(Path folder) throws IOException {
        List<Path> ttfs;
        try (Stream<Path> list = Files.list(folder)) {
            ttfs = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).sorted().toList();
        }
        if (ttfs.isEmpty()) throw new IOException("no .ttf font in " + folder);
        Path realFolder = folder.toRealPath();
        for (Path f : ttfs) {
            if (!f.toRealPath().startsWith(realFolder)) {
                throw new IOException(f.getFileName() + " links to a file outside " + folder + "; copy the font in instead");
            }
        }
        Path stack = folder.resolve(STACK_FILE);
        return new FontSet(Files.exists(stack) ? fromStackFile(stack, ttfs) : byFamily(ttfs));
    }

    private static List<Family> fromStackFile(Path stack, List<Path> ttfs) throws IOException {
        List<String> lines = Files.readAllLines(stack, StandardCharsets.UTF_8);
        List<Family> families = new ArrayList<>();
        Set<Path> listed = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] names = line.split("\\s+");
            if (names.length > 2) {
                throw new StackException(stack, i + 1, "a line names " + names.length + " files",
                        "one family a line: its regular file, then its bold file");
            }
            List<Face> faces = new ArrayList<>();
            for (int n = 0; n < names.length; n++) {
                String name = names[n];
                Path file = ttfs.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
                if (file == null) {
                    throw new StackException(stack, i + 1, "no font file '" + name + "' in the fonts folder",
                            "copy the .ttf file next to " + STACK_FILE + ", or correct the name");
                }
                if (!listed.add(file)) throw new StackException(stack, i + 1, "'" + name + "' is listed twice", "list each file once");
                Font awt = awt(file);
                faces.add(new Face(file, awt.getFamily(Locale.ROOT), n == 1, awt));
            }
            families.add(new Family(faces.get(0).family(), faces));
        }
        if (families.isEmpty()) throw new StackException(stack, 0, "lists no font", "list the main face's regular and bold file");
        for (Path ttf : ttfs) {
            if (!listed.contains(ttf)) {
                throw new StackException(stack, 0, "does not list " + ttf.getFileName() + ", which is in the fonts folder",
                        "add it to " + STACK_FILE + " where it should be tried (fallbacks after the main face), or remove the file");
            }
        }
        return families;
    }

    private static List<Family> byFamily(List<Path> ttfs) throws IOException {
        Map<String, List<Face>> byName = new LinkedHashMap<>();
        for (Path file : ttfs) {
            Font awt = awt(file);
            String family = awt.getFamily(Locale.ROOT);
            boolean bold = awt.getFontName(Locale.ROOT).contains("Bold");
            byName.computeIfAbsent(family, k -> new ArrayList<>()).add(new Face(file, family, bold, awt));
        }
        List<Family> families = new ArrayList<>();
        byName.forEach((name, faces) -> families.add(new Family(name,
                faces.stream().sorted(java.util.Comparator.comparing(Face::bold)).toList())));
        return families;
    }

    private static Font awt(Path file) throws IOException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IOException("not a usable TrueType font: " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The families, main face first. */
    public List<Family> families() {
        return families;
    }

    /** Every font file of the stack. */
    public List<Path> files() {
        return faces().stream().map(Face::file).toList();
    }

    /** Every face of the stack, in order: what a browser needs to show emitted XHTML as the PDF does. */
    public List<Face> faces() {
        return families.stream().flatMap(f -> f.faces().stream()).toList();
    }

    /** The CSS font-family list of the stack, main face first, such as {@code "A", "B"}. */
    public String cssFamilies() {
        return String.join(", ", families.stream().map(f -> cssString(f.name())).toList());
    }

    static String cssString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** True when some family of the stack can print the code point (in regular and bold alike). */
    public boolean canPrint(int codePoint) {
        return Character.isWhitespace(codePoint) || familyFor(codePoint).isPresent();
    }

    /** The first family that has the code point. */
    public Optional<Family> familyFor(int codePoint) {
        for (Family f : families) if (f.has(codePoint)) return Optional.of(f);
        return Optional.empty();
    }

    void registerWith(ITextFontResolver resolver) throws IOException {
        for (Face f : faces()) {
            resolver.addFont(f.file().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
    }
}
