package org.innograph.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.entity.EntityFilters;
import org.innograph.entity.EntityReads;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One search: the bounded candidates from the database, the true hits among them in
 * order, narrowed by the filters {@code entities} has (the same {@link EntityFilters},
 * the same meaning and the same NOT_FOUND for an unknown id).
 */
@Component
class Search {

	/** The filter arguments of {@code search} beyond {@code kinds}. */
	static final List<String> FILTERS = List.of("types", "region", "sector", "memberOf", "partOf", "role", "status",
			"source");

	private final SearchReads reads;

	private final EntityReads entities;

	private final EntityFilters filters;

	private final WordMatching words;

	Search(SearchReads reads, EntityReads entities,
			@Value("${innograph.search.word-matching:NORI}") WordMatching words) {
		this.reads = reads;
		this.entities = entities;
		this.filters = new EntityFilters(entities);
		this.words = words;
	}

	/**
	 * The hits of one search, best first, and whether they are all the entities that
	 * match: false when a branch of the candidates reached its bound, so that the number
	 * of hits is a lower bound.
	 */
	record Found(List<SearchRanking.Hit> hits, boolean complete) {
	}

	/** Every hit for the text, best first, with the configured word matching. */
	Found find(SearchQuery query, Map<String, Object> arguments) {
		return find(query, arguments, this.words);
	}

	/** Every hit with the word matching given: the quality set compares both. */
	Found find(SearchQuery query, Map<String, Object> arguments, WordMatching words) {
		EntityReads.ListFilter filter = this.filters.of(arguments);
		SearchReads.Candidates candidates = this.reads.candidates(query, filter.kinds(), words);
		List<SearchRanking.Hit> hits = SearchRanking.rank(query, candidates.candidates(), words);
		if (FILTERS.stream().noneMatch((name) -> arguments.get(name) != null)) {
			return new Found(hits, candidates.complete());
		}
		Set<String> kept = this.entities.matchingIds(filter, hits.stream().map((hit) -> hit.entity().id()).toList());
		return new Found(hits.stream().filter((hit) -> kept.contains(hit.entity().id())).toList(),
				candidates.complete());
	}

}
