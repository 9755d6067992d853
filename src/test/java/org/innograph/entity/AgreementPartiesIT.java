package org.innograph.entity;

import java.util.List;
import java.util.Map;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2023-10-19 space MOU answers with its six parties and signatories, each with a
 * quote from document 000.
 */
@IntegrationTest
class AgreementPartiesIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void mouHasDaejeonAndTheFiveInstitutesAsPartiesWithEvidence() {
		var response = this.graphQl.documentName("agreementParties")
			.variable("key", "agreement:daejeon-space-mou-2023")
			.execute();
		response.path("entity.kind").entity(String.class).isEqualTo("AGREEMENT");
		response.path("entity.date.text").entity(String.class).isEqualTo("2023-10-19");
		response.path("entity.date.precision").entity(String.class).isEqualTo("DAY");
		assertThat(response.path("entity.parties.nodes[*].from.id").entityList(String.class).get())
			.containsExactlyInAnyOrder("org:daejeon-city", "org:kaist", "org:kari", "org:kasi", "org:kigam",
					"org:etri");
		List<Map<String, Object>> parties = response.path("entity.parties.nodes")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(parties).allSatisfy((party) -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> evidence = (List<Map<String, Object>>) party.get("evidence");
			assertThat(evidence).isNotEmpty();
			assertThat(evidence).allSatisfy((item) -> {
				assertThat((String) item.get("quote")).isNotBlank();
				assertThat((String) item.get("locator")).startsWith("L");
				assertThat(item.get("source")).asString().contains("doc:000").contains("000_a3a4a82c0e7889f2");
			});
		});
		response.path("entity.parties.nodes[?(@.from.id == 'org:kari')].evidence[*].quote")
			.entityList(String.class)
			.contains("②한국항공우주연구원(KARI)");
		response.path("entity.signatories.nodes[*].from.name.ko")
			.entityList(String.class)
			.contains("이장우", "이상률", "박영득", "이평구", "방승찬");
	}

	@Test
	void unknownKeyAnswersNullWithNotFoundCode() {
		this.graphQl.document("{ entity(key: \"org:does-not-exist\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
			assertThat(errors.get(0).getPath()).isEqualTo("entity");
		}).path("entity").valueIsNull();
	}

}
