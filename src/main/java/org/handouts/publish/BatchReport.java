package org.handouts.publish;

import org.handouts.model.Problem;

import java.util.List;

/**
 * What a clinic's batch did: the packs written (as a build report), the rows that failed with
 * their problems, and the problems of programme files the rows named.
 */
public record BatchReport(BuildReport written, List<FailedRow> failed, List<Problem> programmeProblems) {

    /** A row that gave no pack: its line in the CSV and why. */
    public record FailedRow(int line, List<Problem> problems) {
        public FailedRow {
            problems = List.copyOf(problems);
        }
    }

    public BatchReport {
        failed = List.copyOf(failed);
        programmeProblems = List.copyOf(programmeProblems);
    }
}
