package org.innograph.timeline;

import java.time.LocalDate;
import java.util.List;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline lists dated facts in order within a period; stats count what the seed
 * holds.
 */
@IntegrationTest
class TimelineAndStatsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void timelineOf2023IsInDateOrderAndHoldsTheMouSigning() {
		var response = this.graphQl.document("""
				{ timeline(from: "2023-01-01", to: "2023-12-31", first: 100) {
				    totalCount edges { node { date { start end text } kind entity { id } relationship { id } } } } }
				""").execute();
		List<String> starts = response.path("timeline.edges[*].node.date.start").entityList(String.class).get();
		assertThat(starts).isNotEmpty().isSorted();
		List<String> ends = response.path("timeline.edges[*].node.date.end").entityList(String.class).get();
		assertThat(ends)
			.allSatisfy((end) -> assertThat(LocalDate.parse(end)).isAfterOrEqualTo(LocalDate.of(2023, 1, 1)));
		assertThat(starts)
			.allSatisfy((start) -> assertThat(LocalDate.parse(start)).isBeforeOrEqualTo(LocalDate.of(2023, 12, 31)));
		response.path("timeline.edges[?(@.node.date.text == '2023-10-19')].node.entity.id")
			.entityList(String.class)
			.contains("agreement:daejeon-space-mou-2023");
	}

	@Test
	void timelineInvolvingKariHoldsTheMouOnceWithKariAsAParty() {
		var response = this.graphQl.document("""
				{ timeline(involving: "org:kari") {
				    nodes { kind entity { id } involved { entity { id } role relationship { id } } } } }
				""").execute();
		// The MOU is one ENTITY item (its dated fact, the signing time, is an item of its
		// own).
		response.path("timeline.nodes[?(@.entity.id == 'agreement:daejeon-space-mou-2023' && @.kind == 'ENTITY')].kind")
			.entityList(String.class)
			.containsExactly("ENTITY");
		response.path(
				"timeline.nodes[?(@.entity.id == 'agreement:daejeon-space-mou-2023' && @.kind == 'ENTITY')].involved[?(@.entity.id == 'org:kari')].relationship.id")
			.entityList(String.class)
			.containsExactly("rel:org:kari>PARTY_TO>agreement:daejeon-space-mou-2023");
	}

	@Test
	void statsCountTheSeed() {
		var response = this.graphQl.document("""
				{ stats { entities relationships sources byKind { key count } byRelationshipType { key count }
				          byRegion { key count } bySector { key count } byYear { key count } } }
				""").execute();
		response.path("stats.sources").entity(Integer.class).isEqualTo(5);
		response.path("stats.byKind[?(@.key == 'AGREEMENT')].count").entityList(Integer.class).containsExactly(2);
		response.path("stats.byKind[?(@.key == 'COUNCIL')].count")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts.get(0)).isGreaterThanOrEqualTo(25));
		response.path("stats.byRelationshipType[?(@.key == 'PARTY_TO')].count")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts.get(0)).isGreaterThanOrEqualTo(6));
		response.path("stats.byYear[*].key").entityList(String.class).contains("2023");
		response.path("stats.byRegion[*].key").entityList(String.class).contains("region:daejeon");
	}

}
