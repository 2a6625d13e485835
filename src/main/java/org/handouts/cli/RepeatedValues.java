package org.handouts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges repeated values of every multi-valued option and parameter of the command being run,
 * before it runs: {@code --paper a4,A4 --paper a4} means A4 once, {@code pack a.yaml ./a.yaml}
 * one pack. Applies to each option a command has or gains, so none can do work twice. Values
 * compare as the option reads them: paths by their normalised absolute form, enums by constant,
 * and text exactly, except options listed in {@link #CASE_INSENSITIVE}. Options that take one
 * value are refused when given twice (picocli's default, kept in {@link Main}).
 */
final class RepeatedValues {
    /** Options whose text values are read without regard to case. */
    static final List<String> CASE_INSENSITIVE = List.of("--paper", "--variant", "--lang");

    private RepeatedValues() {
    }

    /** Merges repeats in the matched arguments of {@code parsed} and of the subcommand it leads to. */
    static void merge(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (ArgSpec arg : p.matchedArgs()) {
                if (arg.isMultiValue() && arg.getValue() instanceof List<?> values) {
                    boolean ignoreCase = arg.isOption() && CASE_INSENSITIVE.contains(((CommandLine.Model.OptionSpec) arg).longestName());
                    arg.setValue(distinct(values, ignoreCase));
                }
            }
        }
    }

    static <T> List<T> distinct(List<T> values, boolean ignoreCase) {
        Map<Object, T> first = new LinkedHashMap<>();
        for (T v : values) first.putIfAbsent(key(v, ignoreCase), v);
        return new ArrayList<>(first.values());
    }

    private static Object key(Object value, boolean ignoreCase) {
        if (value instanceof Path path) return path.toAbsolutePath().normalize();
        if (value instanceof String text) return ignoreCase ? text.strip().toLowerCase(Locale.ROOT) : text;
        return value;
    }
}
