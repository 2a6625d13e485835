package org.handouts.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a build did: each output with its state, files removed, and how long it took. */
public record BuildReport(Path outputFolder, List<Output> outputs, List<String> removed, Duration elapsed) {

    /** What happened to one output. */
    public enum State { BUILT, SKIPPED }

    /** One output file, relative to the output folder; render time is zero when skipped. */
    public record Output(String path, State state, int pages, long bytes, Duration renderTime) {
    }

    public BuildReport {
        outputs = List.copyOf(outputs);
        removed = List.copyOf(removed);
    }

    public long count(State state) {
        return outputs.stream().filter(o -> o.state() == state).count();
    }
}
