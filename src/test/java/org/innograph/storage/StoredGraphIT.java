package org.innograph.storage;

import java.util.Collection;
import java.util.List;

import org.innograph.graph.EntityKind;
import org.innograph.support.IntegrationTest;
import org.innograph.support.Prepared;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StoredGraph} describes the stored graph completely: every property key on the
 * curated nodes and relationships of a loaded (and, in a full run, edited) database is
 * one it names.
 */
@IntegrationTest
class StoredGraphIT {

	@Autowired
	Neo4jClient client;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void seedInPlace() {
		Prepared.await(this.context);
	}

	@Test
	void everyKeyOnCuratedNodesIsDescribed() {
		List<String> keys = keys("""
				MATCH (n) WHERE n:Entity OR n:Fact OR n:Source OR n:Evidence
				UNWIND keys(n) AS key RETURN DISTINCT key ORDER BY key""");
		// Not vacuous: the seed's own names are there.
		assertThat(keys).contains(StoredGraph.EntityProps.NAME_KO, StoredGraph.FactProps.KEY,
				StoredGraph.SourceProps.SHA256, StoredGraph.EvidenceProps.QUOTE);
		assertThat(keys).isSubsetOf(StoredGraph.KNOWN_KEYS);
	}

	@Test
	void everyKeyOnRelationshipsBetweenEntitiesIsDescribed() {
		List<String> keys = keys("""
				MATCH (:Entity)-[r]->(:Entity) UNWIND keys(r) AS key RETURN DISTINCT key ORDER BY key""");
		assertThat(keys).contains(StoredGraph.Common.BASIS, StoredGraph.RelationshipProps.VALID_FROM,
				StoredGraph.Common.STATED_ON);
		assertThat(keys).isSubsetOf(StoredGraph.KNOWN_KEYS);
	}

	@Test
	void curatedNodesCarryTheLabelsDescribed() {
		List<String> labels = keys("""
				MATCH (n) WHERE n:Entity OR n:Fact OR n:Source OR n:Evidence
				UNWIND labels(n) AS key RETURN DISTINCT key ORDER BY key""");
		List<String> described = new java.util.ArrayList<>(List.of(StoredGraph.ENTITY, StoredGraph.FACT,
				StoredGraph.SOURCE, StoredGraph.EVIDENCE, StoredGraph.RETIRED_ENTITY));
		for (EntityKind kind : EntityKind.values()) {
			described.add(kind.label());
		}
		assertThat(labels).contains(StoredGraph.ENTITY, StoredGraph.SOURCE).isSubsetOf(described);
	}

	@Test
	void retiredRecordsLeaveThePredicateActive() {
		// The predicate is what every read shares: check it against a record it must
		// exclude and one it keeps.
		Collection<Boolean> answers = this.client.query("""
				UNWIND [{retired: true}, {retired: false}, {}] AS x
				RETURN %s AS active""".formatted(Predicates.active("x"))).fetchAs(Boolean.class).all();
		assertThat(answers).containsExactly(false, true, true);
	}

	private List<String> keys(String cypher) {
		return List.copyOf(this.client.query(cypher).fetchAs(String.class).all());
	}

}
