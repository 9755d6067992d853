package org.innograph.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;
import org.innograph.storage.Predicates;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The look-ups an edit makes inside its write transaction: which of these ids exist
 * (active or at all), which sources are known, and the earliest publication date among
 * sources.
 */
final class ExistingRecords {

	private final Neo4jClient client;

	ExistingRecords(Neo4jClient client) {
		this.client = client;
	}

	// ---------------------------------------------------------------- look-ups inside
	// the write transaction

	Set<String> existingEntities(Set<String> ids, boolean activeOnly) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return ids("MATCH (n:Entity) WHERE n.id IN $ids" + (activeOnly ? " AND " + Predicates.active("n") : "")
				+ " RETURN n.id AS id", ids);
	}

	List<String> existingRelationships(List<Map<String, Object>> refs) {
		return existingRelationships(refs, false);
	}

	List<String> existingRelationships(List<Map<String, Object>> refs, boolean activeOnly) {
		if (refs.isEmpty()) {
			return List.of();
		}
		return List.copyOf(this.client.query("""
				UNWIND $refs AS ref
				MATCH (:Entity {id: ref.from})-[r]->(:Entity {id: ref.to})
				WHERE r.id = ref.id AND type(r) = ref.type AND ($all OR """ + Predicates.active("r") + """
				)
				RETURN r.id AS id
				""").bindAll(Map.of("refs", refs, "all", !activeOnly)).fetchAs(String.class).all());
	}

	Set<String> ids(String cypher, Set<String> ids) {
		return new HashSet<>(this.client.query(cypher).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
	}

	boolean subjectExists(String subject) {
		Optional<Map<String, Object>> rel = RelationshipIds.parse(subject);
		if (rel.isPresent()) {
			return !existingRelationships(List.of(rel.get()), true).isEmpty();
		}
		if (subject.contains("#")) {
			return !ids("MATCH (f:Fact) WHERE f.id IN $ids RETURN f.id AS id", Set.of(subject)).isEmpty();
		}
		return !existingEntities(Set.of(subject), true).isEmpty();
	}

	/**
	 * The earliest publication date among sources, at its precision: what a record's
	 * statedOn is.
	 */
	Optional<PartialDate> earliestPublication(List<String> sourceIds) {
		return this.client.query("""
				MATCH (s:Source) WHERE s.id IN $ids AND s.published IS NOT NULL
				RETURN s.published AS published, s.publishedPrecision AS precision
				""")
			.bind(List.copyOf(new HashSet<>(sourceIds)))
			.to("ids")
			.fetch()
			.all()
			.stream()
			.map((row) -> PartialDate.stored(row.get("published"), row.get("precision")))
			.filter((date) -> date != null)
			.min(PartialDate::compareTo);
	}

	/** The ids among {@code ids} that name a source. */
	Set<String> sources(Set<String> ids) {
		return ids("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", ids);
	}

	/** Whether a quote with this id is recorded. */
	boolean evidenceExists(String id) {
		return !ids("MATCH (e:Evidence) WHERE e.id IN $ids RETURN e.id AS id", Set.of(id)).isEmpty();
	}

}
