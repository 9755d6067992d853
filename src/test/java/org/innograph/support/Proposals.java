package org.innograph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A document's proposals as an editor reads them through GraphQL, for the tests of the
 * review: listed by status, found by kind and claim, their claims read from JSON.
 */
public final class Proposals {

	/** The proposals' fields the review tests look at. */
	public static final String QUERY = """
			query($source: ID!, $status: ProposalStatus, $first: Int) {
			  proposals(source: $source, status: $status, first: $first) {
			    totalCount pageInfo { hasNextPage }
			    nodes { id kind status basis quote locator confidence claim record reviewedBy reason } } }""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Proposals() {
	}

	/**
	 * The first hundred proposals of a document with a status, as the editor sees them.
	 */
	public static List<Map<String, Object>> list(GraphQlTester editor, String source, String status) {
		List<Map<String, Object>> found = new ArrayList<>();
		for (Object node : editor.document(QUERY)
			.variable("source", source)
			.variable("status", status)
			.variable("first", 100)
			.execute()
			.path("proposals.nodes")
			.entityList(Map.class)
			.get()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = (Map<String, Object>) node;
			found.add(typed);
		}
		return found;
	}

	/**
	 * The first proposal of a kind whose claim passes the test; fails the test if none.
	 */
	public static Map<String, Object> find(List<Map<String, Object>> proposals, String kind,
			Predicate<Map<String, Object>> claim) {
		return proposals.stream()
			.filter((p) -> kind.equals(p.get("kind")) && claim.test(claim(p)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no such " + kind + " among " + proposals));
	}

	/** A proposal's claim, read from its JSON. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> claim(Map<String, Object> proposal) {
		return JSON.readValue((String) proposal.get("claim"), Map.class);
	}

}
