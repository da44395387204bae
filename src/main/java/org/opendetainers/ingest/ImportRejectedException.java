package org.opendetainers.ingest;

import java.util.List;

/** The input failed validation; nothing was published. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final long problemCount;

    public ImportRejectedException(ImportProblems problems) {
        super(summary(problems));
        this.problems = problems.kept();
        this.problemCount = problems.count();
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }

    private static String summary(ImportProblems problems) {
        StringBuilder s =
                new StringBuilder(
                        problems.count() + " problem(s) in the input; nothing was published");
        problems.kept().stream().limit(20).forEach(p -> s.append("\n  ").append(p));
        if (problems.count() > 20) {
            s.append("\n  ...");
        }
        return s.toString();
    }
}
