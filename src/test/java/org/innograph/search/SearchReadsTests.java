package org.innograph.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the rows of the candidates statement, one per branch, become candidates and say
 * whether they are all there are.
 */
class SearchReadsTests {

	private static Map<String, Object> found(String id, String via) {
		return Map.of("n", Map.of("id", id, "kind", "Organization", "nameKo", id), "via", via, "texts", List.of(),
				"score", 0.0);
	}

	private static Map<String, Object> branch(String name, long read, List<Map<String, Object>> found) {
		return Map.of("branch", name, "read", read, "found", found);
	}

	@Test
	void everyBranchBelowItsBoundMeansTheCandidatesAreComplete() {
		SearchReads.Candidates candidates = SearchReads.Candidates.of(List.of(
				branch("EXACT", 1, List.of(found("org:a", "NAME"))), branch("CODE", 0, List.of()),
				branch("NAME", SearchStatements.LIMIT - 1, List.of(found("org:a", "NAME"), found("org:b", "NAME")))));

		assertThat(candidates.complete()).isTrue();
		assertThat(candidates.candidates()).extracting((c) -> c.node().get("id"))
			.containsExactly("org:a", "org:a", "org:b");
	}

	@Test
	void aBranchThatReadItsBoundMakesTheCandidatesALowerBound() {
		// The retired and the other kinds are left out of `found`, not out of `read`:
		// the index gave as many rows as the branch may read, whatever was kept.
		SearchReads.Candidates candidates = SearchReads.Candidates
			.of(List.of(branch("EXACT", 1, List.of(found("org:a", "NAME"))),
					branch("TEXT", SearchStatements.LIMIT, List.of())));

		assertThat(candidates.complete()).isFalse();
		assertThat(candidates.candidates()).hasSize(1);
	}

	@Test
	void noRowsAtAllAreCompleteAndEmpty() {
		SearchReads.Candidates candidates = SearchReads.Candidates.of(List.of());

		assertThat(candidates.complete()).isTrue();
		assertThat(candidates.candidates()).isEmpty();
	}

}
