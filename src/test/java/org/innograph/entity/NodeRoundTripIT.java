package org.innograph.entity;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * node(id) fetches entities, relationships, sources and facts again by the id they carry.
 */
@IntegrationTest
class NodeRoundTripIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource(textBlock = """
			org:kari,                                                  Entity
			rel:org:kari>PARTY_TO>agreement:daejeon-space-mou-2023,    Relationship
			doc:003,                                                   Source
			""")
	void nodeRoundTrips(String id, String typename) {
		var response = this.graphQl.documentName("node").variable("id", id).execute();
		response.path("node.__typename").entity(String.class).isEqualTo(typename);
		response.path("node.id").entity(String.class).isEqualTo(id);
	}

	@Test
	void factsAndEvidenceRoundTripThroughTheirOwner() {
		var fact = this.graphQl
			.document("{ entity(key: \"agreement:daejeon-space-mou-2023\") " + "{ facts { id } evidence { id } } }")
			.execute();
		String factId = fact.path("entity.facts[0].id").entity(String.class).get();
		String evidenceId = fact.path("entity.evidence[0].id").entity(String.class).get();
		this.graphQl.documentName("node")
			.variable("id", factId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Fact");
		this.graphQl.documentName("node")
			.variable("id", evidenceId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Evidence")
			.path("node.id")
			.entity(String.class)
			.isEqualTo(evidenceId);
	}

	@Test
	void unknownIdsAnswerNull() {
		this.graphQl
			.document("{ a: node(id: \"org:nothing\") { id } b: node(id: \"rel:x>NOPE>y\") { id } "
					+ "c: node(id: \"nonsense\") { id } }")
			.execute()
			.path("a")
			.valueIsNull()
			.path("b")
			.valueIsNull()
			.path("c")
			.valueIsNull();
	}

}
