package org.handouts.render;

import org.handouts.languages.Keys;
import org.handouts.languages.Messages;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a template's {@code #{handout.steps}} and {@code #{tracker.yourWeek(${t.title()})}}
 * from the message bundle the render was given. Parameters are matched to the message's argument
 * names in the order {@link Keys} lists them. A key the bundles do not have stops the render with
 * a template error at that line, never "??key??" on a patient's page.
 */
final class BundleMessages implements IMessageResolver {
    /** The context variable holding the render's {@link Messages}. */
    static final String VARIABLE = "messages";

    @Override
    public String getName() {
        return "handouts message bundles";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        if (!(context.getVariable(VARIABLE) instanceof Messages m)) return null;
        List<String> names = Keys.ALL.get(key);
        if (names == null || !m.has(key)) return null;
        Object[] given = parameters == null ? new Object[0] : parameters;
        if (given.length != names.size()) {
            throw new TemplateProcessingException("message '" + key + "' takes " + names.size()
                    + (names.size() == 1 ? " parameter" : " parameters") + " (" + Messages.braced(names) + "), not " + given.length);
        }
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < given.length; i++) args.put(names.get(i), given[i]);
        return m.format(key, args);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        throw new TemplateProcessingException("no message '" + key + "': the keys a template may use are those of "
                + "templates/messages/en.yaml");
    }
}
