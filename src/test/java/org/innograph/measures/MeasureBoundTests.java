package org.innograph.measures;

import java.util.ArrayList;
import java.util.List;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bound of a measurement is entities × (entities + relationships), checked before
 * anything is computed: at the bound a network is measured, one relationship over it is
 * refused.
 */
class MeasureBoundTests {

	// Three entities: 3 × (3 + 3) = 18 with three relationships, 21 with four.
	private final Measures measures = new Measures(null, new MeasuresProperties(18));

	@Test
	void aNetworkAtTheBoundIsMeasured() {
		assertThat(this.measures.of(triangle(3)).relationships()).isEqualTo(3);
	}

	@Test
	void aNetworkOverTheBoundIsRefusedWithItsCounts() {
		assertThatThrownBy(() -> this.measures.of(triangle(4))).isInstanceOfSatisfying(ApiException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
			assertThat(ex.getMessage()).contains("3 entities and 4 relationships")
				.contains("3 × (3 + 4) = 21, over 18");
			assertThat(ex.extensions()).containsEntry("work", 21L).containsEntry("maxWork", 18L);
		});
	}

	@Test
	void theBoundMustBePositive() {
		assertThatThrownBy(() -> new MeasuresProperties(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("innograph.measures.max-work");
	}

	/** a, b and c, linked around and then again from a to b. */
	private static Network triangle(int relationships) {
		String[] ends = { "a-b", "b-c", "c-a", "a-b" };
		List<Network.Link> links = new ArrayList<>();
		for (int i = 0; i < relationships; i++) {
			String[] pair = ends[i].split("-");
			links.add(Network.Link.of("l" + i,
					(i == 3) ? RelationshipType.PARTNER_OF : RelationshipType.COOPERATES_WITH, pair[0], pair[1]));
		}
		return new Network(List.of(Network.Node.of("a", "Organization"), Network.Node.of("b", "Organization"),
				Network.Node.of("c", "Organization")), links);
	}

}
