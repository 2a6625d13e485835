package org.handouts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The class: a value given twice does its work once; an option that takes one value is refused when repeated. */
class RepeatedOptionsTest {

    @Test
    void repeatedValuesBuildEachFileOnce(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.buildShipped(out, "--paper", "A4,a4, a4", "--paper", "a4", "--brand", "riverside,riverside",
                "--routine", "beginner", "--routine", "beginner,beginner");

        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> files = run.outLines().subList(0, run.outLines().size() - 1);
        assertThat(files).doesNotHaveDuplicates().hasSize(4).allMatch(l -> l.startsWith("built "));
        assertThat(files).anyMatch(l -> l.contains("/riverside/beginner-handout.pdf  "))
                .anyMatch(l -> l.contains("/riverside/beginner-tracker.pdf  "));
        assertThat(run.outLines().getLast()).startsWith("4 built, 0 skipped, 0 removed, 0 failed in ");
    }

    @Test
    void everyMultiValuedArgumentOfEveryCommandMergesRepeats() {
        CommandLine cli = new CommandLine(new Main());
        int checked = 0;
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            for (ArgSpec arg : spec.args()) {
                if (!arg.isMultiValue() || arg.auxiliaryTypes().length != 1) continue;
                String value = sample(arg.auxiliaryTypes()[0]);
                List<String> args = new ArrayList<>(List.of(spec.name()));
                for (int i = 0; i < 3; i++) {
                    if (arg.isOption()) args.add(((CommandLine.Model.OptionSpec) arg).longestName());
                    args.add(value);
                }
                CommandLine fresh = new CommandLine(new Main());
                CommandLine.ParseResult parsed = fresh.parseArgs(args.toArray(String[]::new));
                RepeatedValues.merge(parsed);
                ArgSpec matched = parsed.subcommand().matchedArgs().stream()
                        .filter(a -> a.paramLabel().equals(arg.paramLabel()) && a.isOption() == arg.isOption()).findFirst().orElseThrow();
                assertThat((List<?>) matched.getValue()).as(spec.name() + " " + arg.paramLabel()).hasSize(1);
                checked++;
            }
        }
        assertThat(checked).as("multi-valued arguments found").isGreaterThanOrEqualTo(5);
    }

    @Test
    void pathsCompareByWhereTheyPoint() {
        assertThat(RepeatedValues.distinct(List.of(Path.of("a.yaml"), Path.of("./a.yaml"), Path.of("x/../a.yaml"),
                Path.of("b.yaml")), false)).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"));
        assertThat(RepeatedValues.distinct(List.of("a4", "A4", " a4"), true)).containsExactly("a4");
        assertThat(RepeatedValues.distinct(List.of("riverside", "Riverside"), false)).containsExactly("riverside", "Riverside");
    }

    @Test
    void optionThatTakesOneValueIsRefusedWhenRepeated(@TempDir Path tmp) {
        for (String[] twice : List.of(new String[] {"--jobs", "1", "--jobs", "2"}, new String[] {"--force", "--force"},
                new String[] {"--shard", "1/2", "--shard", "2/2"})) {
            Cli.Run run = Cli.buildShipped(tmp.resolve("out"), twice);
            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(run.toString()).contains("should be specified only once");
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static String sample(Class<?> type) {
        if (type.isEnum()) return type.getEnumConstants()[0].toString();
        return type == Path.class ? "some/file" : "a4";
    }
}
