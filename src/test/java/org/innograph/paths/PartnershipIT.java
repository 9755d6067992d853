package org.innograph.paths;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journalist's check: KARI and Daejeon share the 2023-10-19 MOU, with its quote; KASI
 * and KIAT share nothing.
 */
@IntegrationTest
class PartnershipIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void kariAndDaejeonAreLinkedByTheSpaceMouWithQuoteAndSource() {
		var response = this.graphQl.documentName("partnership")
			.variable("a", "org:kari")
			.variable("b", "org:daejeon-city")
			.execute();
		response.path("partnership.documented").entity(Boolean.class).isEqualTo(true);
		response.path("partnership.shared[*].via.id")
			.entityList(String.class)
			.contains("agreement:daejeon-space-mou-2023");
		var mou = "partnership.shared[?(@.via.id == 'agreement:daejeon-space-mou-2023')]";
		response.path(mou + ".via.date.text").entityList(String.class).containsExactly("2023-10-19");
		response.path(mou + ".aLink.type").entityList(String.class).containsExactly("PARTY_TO");
		response.path(mou + ".aLink.evidence[*].quote").entityList(String.class).contains("②한국항공우주연구원(KARI)");
		response.path(mou + ".aLink.evidence[*].source.title.ko")
			.entityList(String.class)
			.contains("대전시 우주산업클러스터 조성 박차");
		response.path(mou + ".aLink.evidence[*].source.published.text").entityList(String.class).contains("2023-10-19");
		response.path(mou + ".bLink.evidence[*].source.id").entityList(String.class).contains("doc:000");
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("Korea Aerospace Research Institute")
				.contains("Daejeon Metropolitan City"));
	}

	@Test
	void aPairWithNoDocumentedLinkSaysSo() {
		var response = this.graphQl.documentName("partnership")
			.variable("a", "org:kasi")
			.variable("b", "org:kiat")
			.execute();
		response.path("partnership.documented").entity(Boolean.class).isEqualTo(false);
		response.path("partnership.direct").entityList(Object.class).hasSize(0);
		response.path("partnership.shared").entityList(Object.class).hasSize(0);
		response.path("partnership.summary.en")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).startsWith("The documents of this graph hold no link"));
	}

	@Test
	void anUnknownEntityIsNotFound() {
		this.graphQl.documentName("partnership")
			.variable("a", "org:kari")
			.variable("b", "org:no-such-thing")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

}
