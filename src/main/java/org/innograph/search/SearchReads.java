package org.innograph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphReads;
import org.innograph.store.GraphSchema;

import org.springframework.stereotype.Component;

/** Runs {@link SearchStatements#CANDIDATES}: the bounded candidates of one search. */
@Component
class SearchReads {

	private final GraphReads reads;

	SearchReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The candidates for the query among entities of the stored labels given (null for
	 * every kind), names' words matched as {@code words} says.
	 */
	List<SearchRanking.Candidate> candidates(SearchQuery query, List<String> labels, WordMatching words) {
		return this.reads.list(SearchStatements.CANDIDATES, parameters(query, labels, words))
			.stream()
			.map(SearchReads::candidate)
			.toList();
	}

	/**
	 * The statement's parameters for a query (the benchmark's raw floor uses them too).
	 */
	static Map<String, Object> parameters(SearchQuery query, List<String> labels, WordMatching words) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("codes", query.codes());
		parameters.put("fragments", query.fragments());
		if (words == WordMatching.CJK) {
			parameters.put("wordIndex", GraphSchema.NAME_INDEX);
			parameters.put("words", query.cjkWordQuery());
		}
		else {
			parameters.put("wordIndex", GraphSchema.NAME_WORDS_INDEX);
			parameters.put("words", query.wordQuery());
		}
		parameters.put("phrase", query.phrase());
		parameters.put("kinds", labels);
		parameters.put("limit", SearchStatements.LIMIT);
		return parameters;
	}

	@SuppressWarnings("unchecked")
	static SearchRanking.Candidate candidate(Map<String, Object> row) {
		return new SearchRanking.Candidate((Map<String, Object>) row.get("n"), (String) row.get("via"),
				(List<String>) row.get("texts"), ((Number) row.get("score")).doubleValue());
	}

}
