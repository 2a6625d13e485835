package org.handouts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.handouts.model.InvalidContentException;
import org.handouts.model.Library;
import org.handouts.model.Problem;
import org.handouts.publish.Publisher;
import org.handouts.publish.BuildListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code handouts check}: validates the content and writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Checks the content and writes nothing.",
        description = "Reads every file and reports every problem at once, as file:line:column.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (for CI annotations)")
    Format format = Format.text;

    @Option(names = "--lang", split = ",", paramLabel = "CODE",
            description = "also check that these languages can be published: a message bundle each, and every "
                    + "content file translated (default: each brand's languages)")
    List<String> languages = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems;
        List<Problem> warnings;
        Library library = null;
        try {
            library = new Publisher(project.settings().withLanguages(languages.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).toList()),
                    BuildListener.NONE).check();
            problems = List.of();
            warnings = library.warnings();
        } catch (InvalidContentException e) {
            problems = e.problems();
            warnings = e.warnings();
        }
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ok", problems.isEmpty());
            doc.put("problems", problems);
            doc.put("warnings", warnings);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_CONTENT;
        }
        Main.printWarnings(warnings, spec.commandLine().getErr());
        if (!problems.isEmpty()) {
            Main.printProblems(problems, spec.commandLine().getErr());
            return ExitCodes.INVALID_CONTENT;
        }
        out.printf("ok: %d brands, %d routines, %d exercises, %d advice blocks, %d sources%n",
                library.brands().size(), library.routines().size(), library.exercises().size(),
                library.advice().size(), library.sources().size());
        out.flush();
        return ExitCodes.OK;
    }
}
