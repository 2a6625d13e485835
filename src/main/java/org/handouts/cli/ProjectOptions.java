package org.handouts.cli;

import org.handouts.model.PaperSize;
import org.handouts.publish.BuildSettings;
import org.handouts.publish.Shard;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The folders a command reads and writes; shared by build, check, list and pack. */
final class ProjectOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", description = "fonts folder (default: ${DEFAULT-VALUE})",
            defaultValue = "fonts")
    Path fonts;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path out;

    BuildSettings settings(List<PaperSize> papers, List<String> brands, List<String> routines, int jobs,
                           boolean force, Shard shard, boolean emitXhtml) {
        return new BuildSettings(content, templates, fonts, out, Path.of("").toAbsolutePath(), papers, brands,
                routines, sourceDateEpoch(mixee.commandLine()), jobs, force, shard, emitXhtml);
    }

    BuildSettings settings() {
        return settings(List.of(PaperSize.A4), List.of(), List.of(), 1, false, Shard.ALL, false);
    }

    /** SOURCE_DATE_EPOCH (reproducible-builds.org), when set, dates every PDF. */
    static Optional<Instant> sourceDateEpoch(picocli.CommandLine commandLine) {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0 || seconds > 253402300799L) throw new NumberFormatException("out of range");  // up to 9999-12-31
            return Optional.of(Instant.ofEpochSecond(seconds));
        } catch (NumberFormatException e) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "SOURCE_DATE_EPOCH must be whole seconds since 1970, got '" + value + "'");
        }
    }
}
