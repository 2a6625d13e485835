package org.handouts.cli;

import org.handouts.publish.BuildListener;
import org.handouts.publish.Publisher;
import org.handouts.model.DisplayPaths;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** {@code --wait SECONDS}: how long a command that writes waits for another one writing to the same output folder. */
final class WaitOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "wait this long for another build writing to the output folder, then stop (default: ${DEFAULT-VALUE})",
            defaultValue = "60")
    long seconds;

    /** The publisher for these settings, waiting as asked and saying so on standard error when it waits. */
    Publisher publisher(org.handouts.publish.BuildSettings settings, BuildListener listener) {
        if (seconds < 0 || seconds > 86_400) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--wait must be 0 to 86400 seconds");
        }
        BuildListener telling = new BuildListener() {
            @Override
            public void planned(int outputs) {
                listener.planned(outputs);
            }

            @Override
            public void warning(org.handouts.model.Problem warning) {
                listener.warning(warning);
            }

            @Override
            public void rendered(String path) {
                listener.rendered(path);
            }

            @Override
            public void waiting(Path folder) {
                listener.waiting(folder);
                mixee.commandLine().getErr().println("waiting: another build is writing to "
                        + DisplayPaths.of(folder, Path.of("")) + "/ (up to " + seconds + " s)");
            }
        };
        return new Publisher(settings, telling).waitingForOutput(Duration.ofSeconds(seconds));
    }
}
