package org.innograph.paths;

import java.util.List;
import java.util.Map;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that keep the tiers apart, on the seed: a shared MOU is SHARED, a cooperation a
 * plan calls for is PLANNED and not documented, a pair with nothing is NONE, and a region
 * answers through the local government that governs it. Paths of stated links come first
 * and say so.
 */
@IntegrationTest
class PartnershipVerdictIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void etriAndKariAreBothPartiesToTheSpaceMou() {
		var response = partnership("org:etri", "org:kari");
		response.path("partnership.verdict").entity(String.class).isEqualTo("SHARED");
		response.path("partnership.documented").entity(Boolean.class).isEqualTo(true);
		response.path("partnership.shared[?(@.membership == true && @.basis == 'STATED')].via.id")
			.entityList(String.class)
			.contains("agreement:daejeon-space-mou-2023");
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("are both parties or members of").contains("doc:000"));
	}

	@Test
	void addAndDapaAreNotDirectlyLinked() {
		// 001 L656 says a cooperation system around DAPA's move should be built: a plan,
		// not a link.
		var response = partnership("org:add", "org:dapa");
		response.path("partnership.verdict")
			.entity(String.class)
			.satisfies((verdict) -> assertThat(verdict).isNotEqualTo("DIRECT").isEqualTo("PLANNED"));
		response.path("partnership.documented").entity(Boolean.class).isEqualTo(false);
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).startsWith("The documents state no cooperation between")
				.contains("doc:001 (L656) calls for one"));
		response.path("partnership.direct[*].basis").entityList(String.class).contains("PLANNED");
	}

	@Test
	void kaistAndKiatShareNothing() {
		var response = partnership("org:kaist", "org:kiat");
		response.path("partnership.verdict").entity(String.class).isEqualTo("NONE");
		response.path("partnership.documented").entity(Boolean.class).isEqualTo(false);
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).startsWith("The documents of this graph hold no link"));
	}

	@Test
	void theDaejeonRegionAnswersThroughItsCityGovernment() {
		// The plan names Dresden among cities to strengthen cooperation with (001
		// L1299-1300, the heading and its item): the link is recorded
		// on the city government, and it is a plan.
		var response = partnership("region:daejeon", "region:dresden");
		response.path("partnership.aCounterparts[*].id").entityList(String.class).containsExactly("org:daejeon-city");
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary)
				.contains("recorded on Daejeon Metropolitan City, the local government that governs"));
		response.path("partnership.summary.ko")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("대전광역시에 기록되어"));
		response.path("partnership.verdict").entity(String.class).isEqualTo("PLANNED");
		response.path("partnership.documented").entity(Boolean.class).isEqualTo(false);
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("doc:001 (L1299) calls for one"));
		// The city government asked directly gets the same verdict.
		partnership("org:daejeon-city", "region:dresden").path("partnership.verdict")
			.entity(String.class)
			.isEqualTo("PLANNED");
	}

	@Test
	void pathsOfStatedLinksComeFirstAndEveryHopSaysWhatItRestsOn() {
		var response = this.graphQl.document("""
				{ connections(from: "org:etri", to: "cluster:gyeongnam-space-satellite", maxHops: 4, first: 10) {
				    length allStated hops { basis status relationship { id basis } } } }""").execute();
		List<Map<String, Object>> paths = response.path("connections").entityList(MAP).get();
		assertThat(paths).isNotEmpty();
		boolean seenUnstated = false;
		for (Map<String, Object> path : paths) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> hops = (List<Map<String, Object>>) path.get("hops");
			boolean allStated = hops.stream().allMatch((hop) -> "STATED".equals(hop.get("basis")));
			assertThat(path.get("allStated")).isEqualTo(allStated);
			hops.forEach((hop) -> assertThat(hop.get("basis"))
				.isEqualTo(((Map<?, ?>) hop.get("relationship")).get("basis")));
			if (!allStated) {
				seenUnstated = true;
			}
			else {
				assertThat(seenUnstated).as("a stated path after one with planned or inferred hops").isFalse();
			}
		}
	}

	private GraphQlTester.Response partnership(String a, String b) {
		return this.graphQl.documentName("partnership").variable("a", a).variable("b", b).execute();
	}

}
