package org.handouts.cli;

import org.handouts.model.Brand;
import org.handouts.model.Exercise;
import org.handouts.model.Library;
import org.handouts.model.Routine;
import org.handouts.publish.BuildListener;
import org.handouts.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code handouts list}: what the content holds. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "Lists the exercises, routines and brands.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        Library library = new Publisher(project.settings(),
                Main.printingWarnings(spec.commandLine().getErr(), BuildListener.NONE)).check();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Exercises (" + library.exercises().size() + "):");
        for (Exercise e : library.exercises().values()) {
            out.printf("  %-30s %-32s %-15s %s%n", e.id(), e.name(), e.positions().stream().map(org.handouts.model.Position::key)
                    .collect(java.util.stream.Collectors.joining(",")), e.category().key());
        }
        out.println("Routines (" + library.routines().size() + "):");
        for (Routine r : library.routines().values()) {
            out.printf("  %-30s %-32s %-15s %d exercises%n", r.id(), r.title(), r.level().key(), r.items().size());
        }
        out.println("Brands (" + library.brands().size() + "):");
        for (Brand b : library.brands().values()) {
            out.printf("  %-30s %-32s publishes %s; print: %s; languages: %s%n", b.id(), b.name(), b.catalogue().describe(),
                    String.join(", ", b.variants().stream().map(org.handouts.model.Variant::key).toList()),
                    String.join(", ", b.languages()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
