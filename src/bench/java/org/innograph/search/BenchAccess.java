package org.innograph.search;

import java.util.List;
import java.util.Map;

/**
 * The search statement for the benchmark's raw-driver floor, exactly as
 * {@link SearchController} runs it, and the ranking applied to its rows; they are
 * package-private in the application, and this class lives in the benchmark's own source
 * set.
 */
public final class BenchAccess {

	/** The candidates statement; its parameters come from {@link #parameters}. */
	public static final String SEARCH = SearchStatements.CANDIDATES;

	/** The most candidates one branch of the search reads. */
	public static final int LIMIT = SearchStatements.LIMIT;

	private BenchAccess() {
	}

	/** The statement's parameters for a search text, every kind. */
	public static Map<String, Object> parameters(String text) {
		return SearchReads.parameters(SearchQuery.of(text), null, WordMatching.NORI);
	}

	/** The ids of all hits in order, and whether they are all the matches. */
	public record Ranked(List<String> ids, boolean complete) {
	}

	/**
	 * The hits in order, from the statement's rows as maps (the driver's records through
	 * {@code toMap}).
	 */
	public static Ranked rank(String text, List<Map<String, Object>> rows) {
		SearchReads.Candidates candidates = SearchReads.Candidates.of(rows);
		return new Ranked(SearchRanking.rank(SearchQuery.of(text), candidates.candidates(), WordMatching.NORI)
			.stream()
			.map((hit) -> hit.entity().id())
			.toList(), candidates.complete());
	}

}
