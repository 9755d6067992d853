package org.innograph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arguments of {@code neighbors} and {@code relationships} as graphql-java hands them
 * over: enum values by name (or as constants, where the schema maps them), a date already
 * parsed, absent arguments missing from the map or null.
 */
class LinkArgumentsTests {

	@Test
	void readsEveryArgumentByName() {
		LinkArguments arguments = LinkArguments
			.of(Map.of("types", List.of("MEMBER_OF", "FUNDS"), "direction", "INCOMING", "kinds",
					List.of("ORGANIZATION"), "asOf", PartialDate.parse("2022-12"), "first", 7, "after", "cursor"));
		assertThat(arguments).isEqualTo(new LinkArguments(List.of("MEMBER_OF", "FUNDS"), Direction.INCOMING,
				List.of("ORGANIZATION"), PartialDate.parse("2022-12"), 7, "cursor"));
	}

	@Test
	void enumConstantsGiveTheirNames() {
		LinkArguments arguments = LinkArguments
			.of(Map.of("types", List.of(RelationshipType.LOCATED_IN), "direction", Direction.OUTGOING));
		assertThat(arguments.typeNames()).containsExactly("LOCATED_IN");
		assertThat(arguments.direction()).isEqualTo(Direction.OUTGOING);
	}

	@Test
	void absentArgumentsAreNull() {
		Map<String, Object> explicitNulls = new HashMap<>();
		explicitNulls.put("types", null);
		explicitNulls.put("direction", null);
		explicitNulls.put("after", null);
		LinkArguments none = new LinkArguments(null, null, null, null, null, null);
		assertThat(LinkArguments.of(Map.of())).isEqualTo(none);
		assertThat(LinkArguments.of(explicitNulls)).isEqualTo(none);
	}

}
