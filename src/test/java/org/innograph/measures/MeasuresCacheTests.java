package org.innograph.measures;

import java.util.Arrays;
import java.util.List;

import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures are computed once per network structure and computed again when the structure
 * changes.
 */
class MeasuresCacheTests {

	private final Measures measures = new Measures(null, new MeasuresProperties(20_000_000));

	@Test
	void theSameStructureIsMeasuredOnce() {
		NetworkMeasures first = this.measures.of(network("a-b", "b-c"));
		assertThat(this.measures.of(network("a-b", "b-c"))).isSameAs(first);
	}

	@Test
	void aChangedStructureIsMeasuredAgain() {
		NetworkMeasures before = this.measures.of(network("a-b", "b-c"));
		NetworkMeasures after = this.measures.of(network("a-b", "b-c", "c-a"));
		assertThat(after).isNotSameAs(before);
		assertThat(after.relationships()).isEqualTo(3);
		assertThat(before.relationships()).isEqualTo(2);
	}

	private static Network network(String... links) {
		List<Network.Link> list = Arrays.stream(links)
			.map((link) -> Network.Link.of(link, RelationshipType.COOPERATES_WITH, link.substring(0, 1),
					link.substring(2)))
			.toList();
		return new Network(List.of(Network.Node.of("a", "Organization"), Network.Node.of("b", "Organization"),
				Network.Node.of("c", "Organization")), list);
	}

}
