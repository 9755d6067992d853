package org.innograph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.api.Paging;
import org.innograph.store.GraphReads;

import org.springframework.stereotype.Component;

/** Runs {@link SearchStatements#SEARCH}: one page of ranked matches and their total. */
@Component
class SearchReads {

	private final GraphReads reads;

	SearchReads(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The row with {@code total} and {@code page} (entity {@code n} and its {@code rank})
	 * for the normalised text, its full-text query and the stored labels to keep (null
	 * for every kind).
	 */
	Map<String, Object> page(String query, String lucene, List<String> labels, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("q", query);
		parameters.put("lucene", lucene);
		parameters.put("kinds", labels);
		parameters.putAll(paging.parameters());
		return this.reads.one(SearchStatements.SEARCH, parameters).orElseThrow();
	}

}
