package org.innograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.ApiException;
import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.entity.Entity;
import org.innograph.graph.EntityKind;
import org.innograph.limits.PageSizes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search}: candidates come from two indexes — the text index on every name
 * (substring matches, so one syllable works) and the CJK full-text index (word matches) —
 * and are ranked exact, prefix, word, partial; then by full-text score and shorter names.
 */
@Controller
class SearchController {

	static final int MAX_LENGTH = 100;

	private static final String[] RANKS = { "EXACT", "PREFIX", "WORD", "PARTIAL" };

	private final SearchReads reads;

	private final PageSizes pageSizes;

	SearchController(SearchReads reads, PageSizes pageSizes) {
		this.reads = reads;
		this.pageSizes = pageSizes;
	}

	@QueryMapping
	SearchConnection search(@Argument String text, @Argument List<String> kinds, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		String query = normalise(text);
		Paging asked = this.pageSizes.paging(first, after, env);
		List<String> labels = (kinds != null) ? kinds.stream().map((k) -> EntityKind.ofApiName(k).label()).toList()
				: null;
		Map<String, Object> row = this.reads.page(query, lucene(query), labels, asked);
		Paging paging = asked.startingAt(((Number) row.get("start")).longValue());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> page = (List<Map<String, Object>>) row.get("page");
		long total = ((Number) row.get("total")).longValue();
		List<SearchEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			@SuppressWarnings("unchecked")
			Entity entity = Entity.of((Map<String, Object>) page.get(i).get("n"));
			int rank = ((Number) page.get(i).get("rank")).intValue();
			edges.add(new SearchEdge(paging.cursorAt(i, entity.id()), entity, RANKS[rank], matchedName(entity, query)));
		}
		return new SearchConnection(edges,
				paging.pageInfo(edges.stream().map((edge) -> edge.node().id()).toList(), total), total);
	}

	/**
	 * Lower case, single spaces; empty or too long is a bad request, before any Cypher
	 * runs.
	 */
	static String normalise(String text) {
		String query = (text != null) ? text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : "";
		if (query.isEmpty()) {
			throw ApiException.badRequest("'text' must not be empty");
		}
		if (query.length() > MAX_LENGTH) {
			throw ApiException.badRequest("'text' may be at most " + MAX_LENGTH + " characters");
		}
		return query;
	}

	/**
	 * The query for Lucene with every operator character escaped, so user text is only
	 * ever text: "C++", "KAIST*" or "a:b" never change the query's meaning or make it
	 * fail.
	 */
	static String lucene(String query) {
		StringBuilder escaped = new StringBuilder();
		for (char c : query.toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		// Lucene's AND/OR/NOT are operators only in upper case; the query is lower case
		// by now.
		return escaped.toString();
	}

	/**
	 * The entity's own spelling of the name that matched: exact, then prefix, then
	 * substring.
	 */
	static String matchedName(Entity entity, String query) {
		List<String> names = new ArrayList<>();
		names.add(entity.name().ko());
		names.add(entity.name().en());
		names.addAll(entity.acronyms());
		names.addAll(entity.aliases());
		for (String name : names) {
			if (name != null && name.toLowerCase(Locale.ROOT).equals(query)) {
				return name;
			}
		}
		for (String name : names) {
			if (name != null && name.toLowerCase(Locale.ROOT).startsWith(query)) {
				return name;
			}
		}
		for (String name : names) {
			if (name != null && name.toLowerCase(Locale.ROOT).replace(" ", "").contains(query.replace(" ", ""))) {
				return name;
			}
		}
		return entity.name().ko();
	}

	record SearchEdge(String cursor, Entity node, String match, String matchedName) {
	}

	record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, long totalCount) {

		public List<Entity> nodes() {
			return this.edges.stream().map(SearchEdge::node).toList();
		}

	}

}
