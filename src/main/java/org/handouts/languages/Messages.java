package org.handouts.languages;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One language's message bundle: every fixed word the outputs print, as ICU MessageFormat
 * patterns with named arguments ({@code "{n, plural, one {# vez} other {# veces}}"}), and the
 * locale that picks the plural rules, date names and list words. Immutable and safe to share
 * between threads: each compiled pattern formats one call at a time.
 */
public final class Messages {
    private final String code;
    private final ULocale locale;
    private final Map<String, MessageFormat> formats;
    private final Map<String, String> patterns;

    /**
     * @param code     the language code the bundle is known by, such as {@code es}
     * @param locale   the BCP 47 locale it is written for, such as {@code es-ES}
     * @param patterns every key of {@link Keys#ALL}, each a pattern that {@link #problemWith} accepts
     * @throws IllegalArgumentException when a key is missing or a pattern does not compile; the
     *                                  reader reports these with their place in the file first
     */
    public Messages(String code, String locale, Map<String, String> patterns) {
        this.code = Objects.requireNonNull(code);
        this.locale = ULocale.forLanguageTag(Objects.requireNonNull(locale));
        this.patterns = Map.copyOf(new TreeMap<>(patterns));
        for (String key : Keys.ALL.keySet()) {
            String pattern = patterns.get(key);
            if (pattern == null) throw new IllegalArgumentException(code + ": " + key + ": missing");
            Optional<String> problem = problemWith(key, pattern, locale);
            if (problem.isPresent()) throw new IllegalArgumentException(code + ": " + key + ": " + problem.get());
        }
        // Compiled when first used: a run uses few of the messages, and compiling loads ICU's locale data.
        this.formats = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** The language code, such as {@code es}. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag written into PDFs and web pages, such as {@code es-ES}. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** The locale, for code that formats with Java's own classes. */
    public Locale locale() {
        return locale.toLocale();
    }

    /** The message {@code key} with no arguments. */
    public String text(String key) {
        return format(key);
    }

    /**
     * The message {@code key} with its named arguments given as name, value pairs:
     * {@code format("dose.times", "n", 8, "range", "8 to 10")}.
     */
    public String format(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return format(key, args);
    }

    /** The message {@code key} with named arguments. */
    public String format(String key, Map<String, Object> args) {
        if (!Keys.ALL.containsKey(key)) throw new IllegalArgumentException("no message '" + key + "' (not in Keys.ALL)");
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(patterns.get(k), locale));
        Map<String, Object> values = new HashMap<>(args);
        // A date is passed as a calendar at UTC, so the day printed never depends on the machine's time zone.
        values.replaceAll((name, value) -> value instanceof LocalDate d ? calendar(d) : value);
        // ICU's MessageFormat is not thread-safe; a clone per call cost more than the format itself.
        synchronized (format) {
            return format.format(values);
        }
    }

    /** Whether the bundle holds {@code key}, for templates that ask by name. */
    public boolean has(String key) {
        return Keys.ALL.containsKey(key);
    }

    /** "a, b and c" ("a, b y c" in Spanish): the locale's own list words. */
    public String and(List<String> items) {
        return ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE).format(items);
    }

    /** "a, b or c" ("a, b o c"). */
    public String or(List<String> items) {
        return ListFormatter.getInstance(locale, ListFormatter.Type.OR, ListFormatter.Width.WIDE).format(items);
    }

    /** The patterns as written, by key, for tests and checks. */
    public Map<String, String> patterns() {
        return patterns;
    }

    /**
     * What is wrong with {@code pattern} as the message {@code key} of a bundle for
     * {@code locale}, or empty: it must compile as an ICU message and use only the arguments the
     * program passes for that key.
     */
    public static Optional<String> problemWith(String key, String pattern, String locale) {
        List<String> allowed = Keys.ALL.get(key);
        if (allowed == null) return Optional.of("not a message the program prints");
        // The syntax alone, without ICU's locale data, which compiling a plural or a date would load.
        com.ibm.icu.text.MessagePattern parsed;
        try {
            parsed = new com.ibm.icu.text.MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            return Optional.of("not a valid ICU message: " + e.getMessage());
        }
        // Every argument, also those inside plural and select branches.
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        boolean styled = false;
        for (int i = 0; i < parsed.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == com.ibm.icu.text.MessagePattern.ArgType.SIMPLE) styled = true;
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME) names.add(parsed.getSubstring(part));
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NUMBER) {
                return Optional.of("uses {" + parsed.getSubstring(part) + "}: arguments are named"
                        + (allowed.isEmpty() ? " (this message takes none)" : ", such as " + braced(allowed)));
            }
        }
        for (String used : names) {
            if (!allowed.contains(used)) {
                return Optional.of("uses {" + used + "}, which this message is not given"
                        + (allowed.isEmpty() ? " (it takes no arguments)" : " (it takes " + braced(allowed) + ")"));
            }
        }
        if (styled) {
            // A date or number style ({date,date,d MMM y}) is checked only by compiling it.
            try {
                new MessageFormat(pattern, ULocale.forLanguageTag(locale));
            } catch (IllegalArgumentException e) {
                return Optional.of("not a valid ICU message: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** "{n}, {range}". */
    public static String braced(List<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
        return c;
    }

    @Override
    public String toString() {
        return code + " (" + languageTag() + ")";
    }
}
