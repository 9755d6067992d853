package org.innograph.search;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.limits.PageSizes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search}: codes first, then names, acronyms and aliases (exact, prefix, word,
 * partial), then descriptions, facts and quotes, each hit with the reason it matched (see
 * {@link SearchMatch}); the ranking is {@link SearchRanking}'s, the candidates are
 * bounded (see {@link SearchStatements#LIMIT}).
 */
@Controller
class SearchController {

	static final int MAX_LENGTH = SearchQuery.MAX_LENGTH;

	private final Search search;

	private final PageSizes pageSizes;

	SearchController(Search search, PageSizes pageSizes) {
		this.search = search;
		this.pageSizes = pageSizes;
	}

	@QueryMapping
	SearchConnection search(@Argument String text, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		SearchQuery query = SearchQuery.of(text);
		Paging asked = this.pageSizes.paging(first, after, env);
		Search.Found found = this.search.find(query, env.getArguments());
		List<SearchRanking.Hit> hits = found.hits();
		List<String> ids = hits.stream().map((hit) -> hit.entity().id()).toList();
		Paging paging = asked.within(ids);
		int from = Math.min(paging.offset(), hits.size());
		int to = (int) Math.min((long) from + paging.first(), hits.size());
		List<SearchEdge> edges = new ArrayList<>();
		for (int i = from; i < to; i++) {
			SearchRanking.Hit hit = hits.get(i);
			edges.add(new SearchEdge(paging.cursorAt(i - from, hit.entity().id()), hit.entity(), hit.match().name(),
					hit.matchedName(), hit.snippet()));
		}
		return new SearchConnection(edges, paging.pageInfo(ids.subList(from, to), hits.size()), hits.size(),
				found.complete());
	}

	record SearchEdge(String cursor, Entity node, String match, String matchedName, String snippet) {
	}

	/**
	 * A page of hits; {@code totalCountIsExact} is false when the candidates were cut at
	 * their bound, and {@code totalCount} then counts the hits found among them.
	 */
	record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, long totalCount, boolean totalCountIsExact) {

		public List<Entity> nodes() {
			return this.edges.stream().map(SearchEdge::node).toList();
		}

	}

}
