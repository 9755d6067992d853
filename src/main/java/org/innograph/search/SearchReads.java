package org.innograph.search;

import java.util.ArrayList;
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
	 * The candidates of a search, and whether they are all there are: false when a branch
	 * read as many rows as it may ({@link SearchStatements#LIMIT}), so that more entities
	 * may hold the text than were read.
	 */
	record Candidates(List<SearchRanking.Candidate> candidates, boolean complete) {

		/** From the statement's rows, one per branch. */
		@SuppressWarnings("unchecked")
		static Candidates of(List<Map<String, Object>> rows) {
			List<SearchRanking.Candidate> candidates = new ArrayList<>();
			boolean complete = true;
			for (Map<String, Object> row : rows) {
				if (((Number) row.get("read")).longValue() >= SearchStatements.LIMIT) {
					complete = false;
				}
				((List<Map<String, Object>>) row.get("found")).forEach((found) -> candidates.add(candidate(found)));
			}
			return new Candidates(List.copyOf(candidates), complete);
		}

	}

	/**
	 * The candidates for the query among entities of the stored labels given (null for
	 * every kind), names' words matched as {@code words} says.
	 */
	Candidates candidates(SearchQuery query, List<String> labels, WordMatching words) {
		return Candidates.of(this.reads.list(SearchStatements.CANDIDATES, parameters(query, labels, words)));
	}

	/**
	 * The statement's parameters for a query (the benchmark's raw floor uses them too).
	 */
	static Map<String, Object> parameters(SearchQuery query, List<String> labels, WordMatching words) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("codes", query.codes());
		parameters.put("keyIndex", GraphSchema.NAME_KEYS_INDEX);
		parameters.put("exactKeys", query.exactKeys());
		parameters.put("prefixKeys", query.prefixKeys());
		parameters.put("fragments", query.substringFragments());
		parameters.put("gramIndex", GraphSchema.NAME_GRAMS_INDEX);
		parameters.put("grams", query.gramKeys());
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

	/** One of a branch's {@code found}: the entity's properties, via, texts, score. */
	@SuppressWarnings("unchecked")
	static SearchRanking.Candidate candidate(Map<String, Object> found) {
		return new SearchRanking.Candidate((Map<String, Object>) found.get("n"), (String) found.get("via"),
				(List<String>) found.get("texts"), ((Number) found.get("score")).doubleValue());
	}

}
