package org.handouts.render;

import org.handouts.model.DisplayPaths;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Problem;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handouts.languages.Messages;
import java.util.Map;

/**
 * Renders templates from a templates folder with Thymeleaf: XHTML in XML mode for the PDFs, or
 * HTML5 in HTML mode for web pages ({@link #forHtml}). One instance is shared by all renders: the
 * engine is thread-safe and caches parsed templates.
 */
public final class TemplateRenderer {
    private final TemplateEngine engine;
    private final Path templates;
    private final Path displayBase;

    /** Renders XHTML (XML mode), as Flying Saucer reads it. */
    public TemplateRenderer(Path templates, Path displayBase) {
        this(templates, displayBase, TemplateMode.XML);
    }

    /** Renders HTML5 (HTML mode) for browsers; content is escaped just the same. */
    public static TemplateRenderer forHtml(Path templates, Path displayBase) {
        return new TemplateRenderer(templates, displayBase, TemplateMode.HTML);
    }

    private TemplateRenderer(Path templates, Path displayBase, TemplateMode mode) {
        this.templates = templates.toAbsolutePath().normalize();
        this.displayBase = displayBase;
        FileTemplateResolver resolver = new ConfinedResolver(this.templates);
        resolver.setPrefix(this.templates + "/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages());
    }

    /** The folder templates are read from; XHTML is rendered relative to it. */
    public Path folder() {
        return templates;
    }

    /**
     * Renders {@code template} with the given variables, its {@code #{key}} messages from the
     * bundle {@code m}. A broken or missing template, or a message the bundle lacks, is a user
     * error naming the template file and line.
     */
    public String render(String template, Map<String, Object> variables, Messages m) {
        Path file = templates.resolve(template);
        if (!Files.isRegularFile(file)) {
            throw new InvalidContentException(new Problem(display(file), 0, 0, "", "template not found",
                    "pass --templates DIR pointing at a folder with " + template));
        }
        try {
            Map<String, Object> all = new java.util.HashMap<>(variables);
            all.put(BundleMessages.VARIABLE, m);
            all.put("pageLabel", pageLabel(m));
            return engine.process(template, new Context(m.locale(), all));
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() == null ? template : e.getTemplateName();
            Path where = name.startsWith("/") ? Path.of(name) : templates.resolve(name);
            int line = e.getLine() == null ? 0 : e.getLine();
            int col = e.getCol() == null ? 0 : e.getCol();
            throw new InvalidContentException(new Problem(display(where), line, col, "",
                    "template error: " + describe(e), "check the template around this line"));
        } catch (TemplateEngineException e) {
            throw new InvalidContentException(new Problem(display(file), 0, 0, "",
                    "template error: " + describe(e), "check the template"));
        }
    }

    /**
     * "Page ", " of ", "": the words around the page number and count that Flying Saucer fills in
     * (CSS counters), split from the bundle's "Page {page} of {pages}" so a language can order them.
     */
    static java.util.List<String> pageLabel(Messages m) {
        String text = m.format("document.page", "page", "\u0001", "pages", "\u0002");
        int page = text.indexOf('\u0001');
        int pages = text.indexOf('\u0002');
        if (page < 0 || pages < page) return java.util.List.of(text.replace("\u0001", "").replace("\u0002", ""), "", "");
        return java.util.List.of(text.substring(0, page), text.substring(page + 1, pages), text.substring(pages + 1));
    }

    private static String describe(TemplateEngineException e) {
        Throwable cause = e;
        String message = e instanceof TemplateProcessingException tpe ? tpe.getMessage() : e.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        // A file exception's message is often just the path: say what the system said.
        if (cause instanceof java.io.IOException io) return "cannot read the template: " + org.handouts.model.FileErrors.reason(io);
        String detail = cause != e && cause.getMessage() != null ? cause.getMessage() : message;
        // Thymeleaf appends "(template: ... - line ..)"; the location is printed in front already.
        int at = detail.indexOf(" (template: ");
        // One line, so every problem stays "file:line:col: message" in logs.
        return (at > 0 ? detail.substring(0, at) : detail).replaceAll("\\s+", " ").strip();
    }

    /**
     * Resolves template names (including th:insert and th:replace fragments) only to files whose
     * real path is inside the templates folder, so a template cannot pull in any other file.
     */
    private static final class ConfinedResolver extends FileTemplateResolver {
        private final Path root;

        ConfinedResolver(Path root) {
            this.root = root;
        }

        @Override
        protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                            String template, String resourceName, String characterEncoding,
                                                            Map<String, Object> attributes) {
            Path file = Path.of(resourceName).toAbsolutePath().normalize();
            boolean inside;
            try {
                inside = file.startsWith(root) && (!Files.exists(file) || file.toRealPath().startsWith(root.toRealPath()));
            } catch (java.io.IOException e) {
                inside = false;
            }
            if (!inside) {
                throw new TemplateInputException("template '" + template + "' is outside the templates folder");
            }
            return super.computeTemplateResource(configuration, ownerTemplate, template, resourceName, characterEncoding, attributes);
        }
    }

    private String display(Path path) {
        return DisplayPaths.of(path, displayBase);
    }
}
