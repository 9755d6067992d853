package org.innograph.seed;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed cannot be loaded; the message lists every problem found, each with its file
 * and record.
 */
public class InvalidSeedException extends RuntimeException {

	private static final int LISTED = 50;

	private final List<SeedProblem> problems;

	public InvalidSeedException(List<SeedProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<SeedProblem> problems() {
		return this.problems;
	}

	private static String describe(List<SeedProblem> problems) {
		String listed = problems.stream()
			.limit(LISTED)
			.map((problem) -> "  - " + problem)
			.collect(Collectors.joining("\n"));
		String more = (problems.size() > LISTED) ? "\n  … and " + (problems.size() - LISTED) + " more" : "";
		return "The graph seed has " + problems.size() + " problem(s):\n" + listed + more;
	}

}
