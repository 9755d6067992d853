package org.innograph.paths;

import java.util.List;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KAIST's interlocks, worked out by hand from graph-seed/: KAIST is a party to the
 * 2023-10-19 space MOU (000), takes part in Korea's I-Corps (001 L2358) and, by plans of
 * the master plan, in two clusters and two programs (001 L559, L1175, L1425, L1720).
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class InterlocksIT {

	/**
	 * The tables in the order the field promises: stated first (the MOU with 11 others,
	 * I-Corps with 6), then planned ones by how many share them (the Chungcheong bio
	 * cluster 5, the art-and-science programme 3), then by id (the nano-semiconductor
	 * cluster and the commercialisation demonstration, 1 each).
	 */
	static final List<String> KAIST_TABLES = List.of("agreement:daejeon-space-mou-2023", "program:korea-i-corps",
			"cluster:chungcheong-bio-cluster", "program:art-and-science-culture-programme",
			"cluster:daejeon-nano-semiconductor-innovation-cluster",
			"program:large-public-tech-commercialisation-demo");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Test
	void kaistSharesTheSpaceMouICorpsAndFourPlannedTables() {
		var response = this.graphQl.documentName("interlocks").variable("key", "org:kaist").execute();
		response.path("entity.interlocks.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("entity.interlocks.nodes[*].via.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyElementsOf(KAIST_TABLES));
		response.path("entity.interlocks.nodes[*].partnerCount")
			.entityList(Integer.class)
			.containsExactly(11, 6, 5, 3, 1, 1);
		response.path("entity.interlocks.nodes[*].basis")
			.entityList(String.class)
			.containsExactly("STATED", "STATED", "PLANNED", "PLANNED", "PLANNED", "PLANNED");
	}

	@Test
	void theMouNamesItsFiveOtherPartiesAndSixSignatoriesWithTheirQuotes() {
		var page = this.graphQl.documentName("interlocks").variable("key", "org:kaist").execute();
		page.path("entity.interlocks.nodes[0].links[*].type").entityList(String.class).containsExactly("PARTY_TO");
		page.path("entity.interlocks.nodes[0].links[0].evidence[*].source.id")
			.entityList(String.class)
			.contains("doc:000");
		// The partners' quotes, for one table at a time: the query analysis counts every
		// partner's links and their evidence, too many for a page of twenty tables.
		var response = this.graphQl.documentName("interlockEvidence").variable("key", "org:kaist").execute();
		String mou = "entity.interlocks.nodes[0]";
		response.path(mou + ".via.id").entity(String.class).isEqualTo("agreement:daejeon-space-mou-2023");
		response.path(mou + ".partners[*].entity.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("org:daejeon-city", "org:kari", "org:kasi",
					"org:kigam", "org:etri", "person:lee-jang-woo", "person:lee-dong-man", "person:lee-sang-ryul",
					"person:park-young-deuk", "person:lee-pyeong-koo", "person:bang-seung-chan"));
		// The parties are stated; the signatories' SIGNED links are a curator's reading.
		response.path(mou + ".partners[?(@.entity.id == 'org:kari')].basis")
			.entityList(String.class)
			.containsExactly("STATED");
		response.path(mou + ".partners[?(@.entity.id == 'org:kari')].links[0].evidence[*].quote")
			.entityList(String.class)
			.contains("②한국항공우주연구원(KARI)");
		response.path(mou + ".partners[?(@.entity.kind == 'PERSON')].basis")
			.entityList(String.class)
			.hasSize(6)
			.satisfies((list) -> assertThat(list).containsOnly("INFERRED"));
	}

	@Test
	void aPlannedSeatIsNeverStatedEvenWhenThePartnersIsStated() {
		var response = this.graphQl.documentName("interlocks").variable("key", "org:kaist").execute();
		String iCorps = "entity.interlocks.nodes[1]";
		response.path(iCorps + ".partners[*].entity.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("org:unist", "org:gist",
					"org:korea-university", "org:skku", "org:ewha", "program:daejeon-i-corps"));
		response.path(iCorps + ".partners[?(@.entity.id == 'program:daejeon-i-corps')].basis")
			.entityList(String.class)
			.containsExactly("PLANNED");
		response.path(iCorps + ".partners[?(@.entity.id == 'org:unist')].basis")
			.entityList(String.class)
			.containsExactly("STATED");
		String bio = "entity.interlocks.nodes[2]";
		response.path(bio + ".partners[*].entity.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("region:daejeon", "region:sejong",
					"region:chungnam", "region:chungbuk", "org:kribb"));
		response.path(bio + ".partners[*].basis")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsOnly("PLANNED"));
	}

	@Test
	void pagesContinueAfterTheirCursorWithoutRepeats() {
		var first = this.graphQl.documentName("interlocks").variable("key", "org:kaist").variable("first", 4).execute();
		first.path("entity.interlocks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("entity.interlocks.nodes[*].via.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyElementsOf(KAIST_TABLES.subList(0, 4)));
		String cursor = first.path("entity.interlocks.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.documentName("interlocks")
			.variable("key", "org:kaist")
			.variable("first", 4)
			.variable("after", cursor)
			.execute();
		second.path("entity.interlocks.nodes[*].via.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyElementsOf(KAIST_TABLES.subList(4, 6)));
		second.path("entity.interlocks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aCursorOfAnotherEntitysListIsRefused() {
		String cursor = this.graphQl.documentName("interlocks")
			.variable("key", "org:kari")
			.variable("first", 1)
			.execute()
			.path("entity.interlocks.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.documentName("interlocks")
			.variable("key", "org:kaist")
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
	}

	@Test
	void aPageOfTablesWithEveryPartnersEvidenceIsRefusedBeforeAnyRead() {
		this.graphQl.document("""
				{ entity(key: "org:kaist") { interlocks(first: 20) { nodes {
				  partners { links { evidence { quote source { id } } } } } } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")));
	}

	@Test
	void anOversizedPageIsRefusedBeforeAnyRead() {
		this.graphQl.documentName("interlocks")
			.variable("key", "org:kaist")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsKey("code")));
	}

	@Test
	void aListOfEntitiesReadsItsInterlocksInOneStatement() {
		String document = """
				query several($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { id interlocks(first: 3) { totalCount } } } }""";
		long one = statements(document, List.of("org:kaist"));
		long before = this.reads.statementCount();
		var response = this.graphQl.document(document)
			.variable("ids", List.of("org:kaist", "org:kari", "sector:space"))
			.execute();
		long three = this.reads.statementCount() - before;
		// KAIST's six tables; KARI's one (the MOU); none for a sector.
		response.path("nodes[*].interlocks.totalCount").entityList(Integer.class).containsExactly(6, 1, 0);
		assertThat(three).as("statements for three entities").isEqualTo(one);
	}

	private long statements(String document, List<String> ids) {
		long before = this.reads.statementCount();
		this.graphQl.document(document).variable("ids", ids).execute().path("nodes").hasValue();
		return this.reads.statementCount() - before;
	}

	@Test
	void aSectorBelongsToNoTableAndHasNone() {
		// Space is what the MOU and the triangle are about, not a party or member of
		// them.
		var response = this.graphQl.documentName("interlocks").variable("key", "sector:space").execute();
		response.path("entity.interlocks.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("entity.interlocks.nodes").entityList(Object.class).hasSize(0);
		response.path("entity.interlocks.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

}
