package org.innograph.paths;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.innograph.graph.RelationshipType;
import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search is length first: the chains of the shortest length alone, and the k-shortest
 * search only when the page wants longer chains too. Its answers are those the k-shortest
 * search alone gave (run here as it ran before, stated links first), on the seed's known
 * pairs: the space triangle, the regions that share a programme, a page filled with
 * longer chains, hubs allowed, and pairs with no chain.
 */
@IntegrationTest
class LengthFirstSearchIT {

	private static final String TRIANGLE_DAEJEON = "cluster:daejeon-space-rd-talent";

	private static final String TRIANGLE_GYEONGNAM = "cluster:gyeongnam-space-satellite";

	private static final List<RelationshipType> EVERY_TYPE = List.of(RelationshipType.values());

	@Autowired
	PathReads paths;

	@Autowired
	GraphReads reads;

	private PathReads.Found lengthFirst(String from, String to, int maxHops, int first, boolean throughHubs) {
		return this.paths.connections(from, to, maxHops, first, EVERY_TYPE, null, throughHubs,
				SearchBudget.of(Duration.ofSeconds(30)));
	}

	@ParameterizedTest(name = "{0} → {1}, {2} hops, first {3}, through hubs {4}")
	@CsvSource({ "org:kasi, org:kigam, 4, 5, false", "org:kasi, org:kigam, 4, 1, false",
			"region:daejeon, region:jeonnam, 4, 20, false",
			"cluster:daejeon-space-rd-talent, cluster:gyeongnam-space-satellite, 4, 5, false",
			"cluster:daejeon-space-rd-talent, cluster:jeonnam-space-launch-vehicle, 4, 5, false",
			"cluster:gyeongnam-space-satellite, cluster:jeonnam-space-launch-vehicle, 4, 5, false",
			"org:add, org:daejeon-city, 4, 5, true", "org:add, org:daejeon-city, 6, 5, false",
			"org:etri, org:kicox, 6, 5, true", "org:etri, org:kicox, 6, 3, false",
			// No chain of stated links within four hops: the first statement's second
			// search answers, and with a page of five the k shortest of any links fill
			// it.
			"org:daejeon-office-of-education, program:large-public-tech-commercialisation-demo, 4, 1, false",
			"org:daejeon-office-of-education, program:large-public-tech-commercialisation-demo, 4, 5, false" })
	void findsTheChainsTheKShortestSearchFound(String from, String to, int maxHops, int first, boolean throughHubs) {
		PathReads.Found found = lengthFirst(from, to, maxHops, first, throughHubs);
		assertThat(found.complete()).isTrue();
		assertThat(found.paths().stream().map(Path::relationshipIds).toList())
			.isEqualTo(kShortest(from, to, maxHops, first, throughHubs));
	}

	@Test
	void aPageLargerThanTheShortestChainsIsFilledWithLongerOnes() {
		// Two clusters of the space triangle: their planned cooperation is the one
		// one-hop chain, fewer than five, so the k-shortest search fills the page with
		// longer chains.
		List<Map<String, Object>> shortest = this.reads.list(PathStatements.shortestChains(20, 4, false),
				parameters(TRIANGLE_DAEJEON, TRIANGLE_GYEONGNAM, 5, false, false));
		assertThat(shortest).isNotEmpty().hasSizeLessThan(5);
		assertThat(shortest).extracting(LengthFirstSearchIT::length).containsOnly(length(shortest.get(0)));

		assertThat(length(shortest.get(0))).isEqualTo(1);
		List<Path> page = lengthFirst(TRIANGLE_DAEJEON, TRIANGLE_GYEONGNAM, 4, 5, false).paths();
		// Stated chains come first (two hops), then the planned one-hop chain, then
		// longer
		// ones.
		assertThat(page).hasSize(5);
		assertThat(page).extracting(Path::length)
			.contains(1)
			.anySatisfy((length) -> assertThat(length).isGreaterThan(1));
	}

	@Test
	void aBudgetSpentBeforeTheLongerChainsAnswersTheShortestOnesFlaggedIncomplete() {
		// The clock stands still for the budget's start and the first search (five
		// readings: the start; the search's check, the two ends of its planning, which
		// the budget leaves out, and the time left), then jumps past the limit: the
		// k-shortest search that would fill the page never starts.
		AtomicInteger readings = new AtomicInteger();
		SearchBudget spentAfterOne = SearchBudget.of(Duration.ofSeconds(30),
				() -> (readings.getAndIncrement() < 5) ? 0L : Duration.ofMinutes(1).toNanos());
		List<Map<String, Object>> shortestStated = this.reads.list(PathStatements.shortestChains(20, 4, false),
				parameters(TRIANGLE_DAEJEON, TRIANGLE_GYEONGNAM, 5, true, false));
		assertThat(shortestStated).as("fewer than the page, so longer chains are wanted")
			.isNotEmpty()
			.hasSizeLessThan(5);

		PathReads.Found found = this.paths.connections(TRIANGLE_DAEJEON, TRIANGLE_GYEONGNAM, 4, 5, EVERY_TYPE, null,
				false, spentAfterOne);

		assertThat(found.complete()).isFalse();
		assertThat(found.paths()).extracting(Path::relationshipIds)
			.containsExactlyInAnyOrderElementsOf(
					shortestStated.stream().map(LengthFirstSearchIT::relationshipIds).toList());
	}

	@Test
	void theShortestChainsAloneAreOfOneLength() {
		List<Map<String, Object>> rows = this.reads.list(PathStatements.shortestChains(80, 4, false),
				parameters("region:daejeon", "region:jeonnam", 20, false, false));
		assertThat(rows).isNotEmpty();
		assertThat(rows).extracting(LengthFirstSearchIT::length).containsOnly(2);
	}

	@Test
	void noChainWithinTheLimitIsAnEmptyCompleteAnswer() {
		// ADD and Daejeon's city government meet only through the defence sector.
		PathReads.Found found = lengthFirst("org:add", "org:daejeon-city", 6, 5, false);
		assertThat(found.complete()).isTrue();
		assertThat(found.paths()).isEmpty();

		PathReads.Found through = lengthFirst("org:add", "org:daejeon-city", 4, 1, true);
		assertThat(through.paths()).singleElement().satisfies((path) -> {
			assertThat(path.length()).isEqualTo(2);
			assertThat(path.nodes().get(1).id()).isEqualTo("sector:defense");
		});
	}

	@Test
	void whetherLongerChainsAreWanted() {
		assertThat(PathReads.needsLonger(1, 3, 5, 4)).isTrue();
		assertThat(PathReads.needsLonger(5, 3, 5, 4)).isFalse();
		assertThat(PathReads.needsLonger(1, 4, 5, 4)).isFalse();
		assertThat(PathReads.needsLonger(0, 0, 5, 4)).isFalse();
	}

	/**
	 * The chains (relationship ids) the search gave before it was length first: the k
	 * shortest of stated links, then of any, to fill the page.
	 */
	private List<List<String>> kShortest(String from, String to, int maxHops, int first, boolean throughHubs) {
		String cypher = PathStatements.connections(first * 4, maxHops, false);
		Set<List<String>> chains = new LinkedHashSet<>();
		this.reads.list(cypher, parameters(from, to, first, true, throughHubs))
			.forEach((row) -> chains.add(relationshipIds(row)));
		if (chains.size() < first) {
			for (Map<String, Object> row : this.reads.list(cypher, parameters(from, to, first, false, throughHubs))) {
				if (chains.size() < first) {
					chains.add(relationshipIds(row));
				}
			}
		}
		return new ArrayList<>(chains);
	}

	private static Map<String, Object> parameters(String from, String to, int first, boolean statedOnly,
			boolean throughHubs) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("asOf", null);
		parameters.put("types", EVERY_TYPE.stream().map(Enum::name).toList());
		parameters.put("statedOnly", statedOnly);
		parameters.put("throughHubs", throughHubs);
		parameters.put("first", first);
		return parameters;
	}

	@SuppressWarnings("unchecked")
	private static List<String> relationshipIds(Map<String, Object> row) {
		return ((List<Map<String, Object>>) row.get("rels")).stream()
			.map((rel) -> (String) ((Map<String, Object>) rel.get("rel")).get("id"))
			.toList();
	}

	private static int length(Map<String, Object> row) {
		return ((List<?>) row.get("rels")).size();
	}

}
