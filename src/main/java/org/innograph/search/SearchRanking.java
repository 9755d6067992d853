package org.innograph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innograph.entity.Entity;
import org.innograph.graph.SearchWords;

/**
 * Decides which candidates are hits and ranks them: each entity gets the best
 * {@link SearchMatch} that is true of it, checked here against its own names and texts
 * (an index only proposes candidates), then the hits are ordered by match, by how closely
 * the name fits within a match, and by shorter Korean name and id.
 */
final class SearchRanking {

	/** Characters of context kept on each side of the match in a snippet. */
	static final int CONTEXT = 40;

	private SearchRanking() {
	}

	/** A candidate row of {@link SearchStatements#CANDIDATES}. */
	record Candidate(Map<String, Object> node, String via, List<String> texts, double score) {
	}

	/**
	 * A hit: the entity, how it matched, the name (or code) that matched, the passage for
	 * a match in text, and its place within its match (lower first).
	 */
	record Hit(Entity entity, SearchMatch match, String matchedName, String snippet, double closeness) {
	}

	/** The hits among the candidates, best first. */
	static List<Hit> rank(SearchQuery query, List<Candidate> candidates, WordMatching words) {
		Map<String, List<Candidate>> byEntity = new LinkedHashMap<>();
		candidates
			.forEach((c) -> byEntity.computeIfAbsent((String) c.node().get("id"), (k) -> new ArrayList<>()).add(c));
		List<Hit> hits = new ArrayList<>();
		byEntity.values().forEach((rows) -> {
			Hit hit = classify(query, rows, words);
			if (hit != null) {
				hits.add(hit);
			}
		});
		hits.sort(Comparator.comparing((Hit hit) -> hit.match())
			.thenComparingDouble(Hit::closeness)
			.thenComparingInt((hit) -> hit.entity().name().ko().length())
			.thenComparing((hit) -> hit.entity().id()));
		return hits;
	}

	private static Hit classify(SearchQuery query, List<Candidate> rows, WordMatching words) {
		Entity entity = Entity.of(rows.get(0).node());
		if (rows.stream().anyMatch((row) -> "CODE".equals(row.via()))) {
			return new Hit(entity, SearchMatch.CODE, entity.code(), null, 0);
		}
		Hit best = null;
		for (String name : names(entity)) {
			Hit hit = onName(query, entity, name, rows, words);
			if (hit != null && (best == null || hit.match().compareTo(best.match()) < 0
					|| (hit.match() == best.match() && hit.closeness() < best.closeness()))) {
				best = hit;
			}
		}
		if (best != null) {
			return best;
		}
		for (SearchMatch match : List.of(SearchMatch.DESCRIPTION, SearchMatch.FACT, SearchMatch.QUOTE)) {
			for (Candidate row : rows) {
				if (!match.name().equals(row.via())) {
					continue;
				}
				for (String text : row.texts()) {
					String snippet = snippet(query, text);
					if (snippet != null) {
						return new Hit(entity, match, entity.name().ko(), snippet, -row.score());
					}
				}
			}
		}
		return null;
	}

	/** The best match of one name, or null; closeness: the shorter name first. */
	private static Hit onName(SearchQuery query, Entity entity, String name, List<Candidate> rows, WordMatching words) {
		String lower = name.toLowerCase(Locale.ROOT);
		String compact = lower.replace(" ", "");
		if (lower.equals(query.text()) || compact.equals(query.compact())) {
			return new Hit(entity, SearchMatch.EXACT, name, null, 0);
		}
		if (lower.startsWith(query.text()) || compact.startsWith(query.compact())) {
			return new Hit(entity, SearchMatch.PREFIX, name, null, name.length());
		}
		Double coverage = wordCoverage(query, lower, rows, words);
		if (coverage != null) {
			return new Hit(entity, SearchMatch.WORD, name, null, (1 - coverage) * 1000 + name.length());
		}
		if (contains(lower, query.text()) || (query.korean() && compact.contains(query.compact()))) {
			return new Hit(entity, SearchMatch.PARTIAL, name, null, name.length());
		}
		return null;
	}

	/**
	 * How much of the name the text's words cover (1: all of it), or null when they are
	 * not words of the name. A text that is the name and a particle ({@code 천문연의},
	 * {@code 대전시는}) covers all of it: what follows the name has no words of its own.
	 */
	private static Double wordCoverage(SearchQuery query, String name, List<Candidate> rows, WordMatching words) {
		if (query.korean() && name.length() >= 2 && query.text().startsWith(name)
				&& SearchQuery.isParticle(query.text().substring(name.length()))) {
			return 1.0;
		}
		if (words == WordMatching.CJK) {
			// The cjk index found every word of the text in the entity's names; which
			// name holds them all is checked here.
			if (rows.stream().noneMatch((row) -> "WORD".equals(row.via()))) {
				return null;
			}
			int covered = 0;
			for (String word : query.text().split(" ")) {
				if (!contains(name, word)) {
					return null;
				}
				covered += word.length();
			}
			return Math.min(1.0, (double) covered / name.replace(" ", "").length());
		}
		// Nori's words are pieces of the text they come from: a name without every piece
		// needs no analysis.
		if (query.words().isEmpty() || !query.words().stream().allMatch(name::contains)) {
			return null;
		}
		List<String> nameWords = SearchWords.of(name);
		if (!nameWords.containsAll(query.words())) {
			return null;
		}
		return (double) query.words().size() / nameWords.size();
	}

	/**
	 * The passage of {@code text} around the first match of the query, with an ellipsis
	 * where it is cut; null when the text does not contain it.
	 */
	static String snippet(SearchQuery query, String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		int at = indexOf(lower, query.text());
		int length = query.text().length();
		if (at < 0 && query.korean()) {
			// "우주 산업" in a text that writes "우주산업": find it with the text's spaces
			// ignored.
			int[] span = spanIgnoringSpaces(lower, query.compact());
			if (span != null) {
				at = span[0];
				length = span[1] - span[0];
			}
		}
		if (at < 0) {
			return null;
		}
		int from = Math.max(0, at - CONTEXT);
		int to = Math.min(text.length(), at + length + CONTEXT);
		return ((from > 0) ? "…" : "") + text.substring(from, to).strip() + ((to < text.length()) ? "…" : "");
	}

	/**
	 * Whether {@code text} contains {@code part}, Latin letters and digits as whole words
	 * only.
	 */
	static boolean contains(String text, String part) {
		return indexOf(text, part) >= 0;
	}

	private static int indexOf(String text, String part) {
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			boolean startOk = !latinEdge(part.charAt(0)) || at == 0 || !latinEdge(text.charAt(at - 1));
			int end = at + part.length();
			boolean endOk = !latinEdge(part.charAt(part.length() - 1)) || end == text.length()
					|| !latinEdge(text.charAt(end));
			if (startOk && endOk) {
				return at;
			}
		}
		return -1;
	}

	/** A Latin letter or a digit: where a word of the text must not run on. */
	private static boolean latinEdge(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/** Where {@code compact} occurs in {@code text} if spaces in the text are skipped. */
	private static int[] spanIgnoringSpaces(String text, String compact) {
		StringBuilder squeezed = new StringBuilder();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) != ' ') {
				squeezed.append(text.charAt(i));
				positions.add(i);
			}
		}
		int at = squeezed.indexOf(compact);
		if (at < 0 || compact.isEmpty()) {
			return null;
		}
		return new int[] { positions.get(at), positions.get(at + compact.length() - 1) + 1 };
	}

	private static List<String> names(Entity entity) {
		List<String> names = new ArrayList<>();
		names.add(entity.name().ko());
		names.add(entity.name().en());
		names.addAll(entity.acronyms());
		names.addAll(entity.aliases());
		names.removeIf((name) -> name == null || name.isBlank());
		return names;
	}

}
