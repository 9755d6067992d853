package org.innograph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.graph.RelationshipIds;
import org.innograph.store.GraphReads;
import org.innograph.storage.AsOf;
import org.innograph.storage.Predicates;

import org.springframework.stereotype.Component;

/**
 * The Cypher behind entities, relationships, facts, evidence and sources. Every method
 * takes a batch of keys and runs one statement, whatever the batch size.
 */
@Component
public class EntityReads {

	/**
	 * Entities by id ($ids); the benchmark's floor runs it too, from its own source set.
	 */
	static final String ENTITIES_BY_ID = """
			MATCH (n:Entity) WHERE n.id IN $ids AND %s
			RETURN n {.*} AS n
			""".formatted(Predicates.active("n"));

	/**
	 * One page of links per entity ($ids, $types, $outgoing, $kinds, $asOf, $offset,
	 * $end).
	 */
	static final String LINKS = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
			  MATCH (e)-[r]-(o:Entity)
			  WHERE ($types IS NULL OR type(r) IN $types)
			    AND ($outgoing IS NULL OR (startNode(r) = e) = $outgoing)
			    AND ($kinds IS NULL OR o.kind IN $kinds)
			    // The one asOf rule (AsOf): a link holds on the day, and both its ends exist. Retired links leave
			    // default reads but still answer "as of" a date they were valid on.
			    AND %s AND %s
			  WITH r, o ORDER BY type(r), o.nameKo, r.id
			  // Properties only for the page: a hub has thousands of links, a page a few.
			  WITH collect(r) AS links
			  RETURN size(links) AS total,
			         [link IN links[$offset..$end] | {rel: link {.*}, type: type(link),
			          from: properties(startNode(link)), to: properties(endNode(link))}] AS page
			}
			RETURN id, total, page
			""".formatted(AsOf.current("r"), AsOf.exists("o") + " AND " + AsOf.exists("e"));

	private final GraphReads reads;

	EntityReads(GraphReads reads) {
		this.reads = reads;
	}

	/** Entities by id, in the order asked; unknown ids are absent from the map. */
	public Map<String, Entity> entities(Collection<String> ids) {
		Map<String, Entity> found = new HashMap<>();
		this.reads.list(ENTITIES_BY_ID, Map.of("ids", List.copyOf(ids))).forEach((row) -> {
			Entity entity = Entity.of(Rows.map(row, "n"));
			found.put(entity.id(), entity);
		});
		return found;
	}

	public Optional<Entity> entity(String id) {
		return Optional.ofNullable(entities(List.of(id)).get(id));
	}

	/** Relationships by id; ids that are malformed or unknown are absent from the map. */
	public Map<String, Relationship> relationships(Collection<String> ids) {
		List<Map<String, Object>> refs = ids.stream().map(RelationshipIds::parse).flatMap(Optional::stream).toList();
		Map<String, Relationship> found = new HashMap<>();
		if (refs.isEmpty()) {
			return found;
		}
		this.reads.list("""
				UNWIND $refs AS ref
				MATCH (a:Entity {id: ref.from})-[r]->(b:Entity {id: ref.to})
				WHERE r.id = ref.id AND type(r) = ref.type AND %s
				RETURN r {.*} AS rel, type(r) AS type, a {.*} AS from, b {.*} AS to
				""".formatted(Predicates.active("r")), Map.of("refs", refs)).forEach((row) -> {
			Relationship relationship = Relationship.of(row);
			found.put(relationship.id(), relationship);
		});
		return found;
	}

	public Map<String, Fact> facts(Collection<String> ids) {
		Map<String, Fact> found = new HashMap<>();
		this.reads.list("MATCH (f:Fact) WHERE f.id IN $ids RETURN f {.*} AS f", Map.of("ids", List.copyOf(ids)))
			.forEach((row) -> {
				Fact fact = Fact.of(Rows.map(row, "f"));
				found.put(fact.id(), fact);
			});
		return found;
	}

	/** The facts of each entity, ordered by key. */
	public Map<String, List<Fact>> factsOf(Collection<String> entityIds) {
		Map<String, List<Fact>> byEntity = emptyLists(entityIds);
		this.reads.list("""
				MATCH (f:Fact) WHERE f.entity IN $ids
				RETURN f.entity AS entity, f {.*} AS f
				ORDER BY f.id
				""", Map.of("ids", List.copyOf(entityIds)))
			.forEach((row) -> byEntity.get(Rows.string(row, "entity")).add(Fact.of(Rows.map(row, "f"))));
		return byEntity;
	}

	/**
	 * The evidence of each subject (an entity, fact or relationship id), with its source.
	 */
	public Map<String, List<Evidence>> evidenceOf(Collection<String> subjects) {
		Map<String, List<Evidence>> bySubject = emptyLists(subjects);
		this.reads.list("""
				MATCH (ev:Evidence) WHERE ev.subject IN $ids
				MATCH (s:Source {id: ev.source})
				RETURN ev {.*} AS ev, s {.*} AS source
				ORDER BY ev.source, ev.locator, ev.id
				""", Map.of("ids", List.copyOf(subjects))).forEach((row) -> {
			Evidence evidence = Evidence.of(row);
			bySubject.get(evidence.subject()).add(evidence);
		});
		return bySubject;
	}

	public Map<String, Evidence> evidence(Collection<String> ids) {
		Map<String, Evidence> found = new HashMap<>();
		this.reads.list("""
				MATCH (ev:Evidence) WHERE ev.id IN $ids
				MATCH (s:Source {id: ev.source})
				RETURN ev {.*} AS ev, s {.*} AS source
				""", Map.of("ids", List.copyOf(ids))).forEach((row) -> {
			Evidence evidence = Evidence.of(row);
			found.put(evidence.id(), evidence);
		});
		return found;
	}

	/** Every document cited by each entity, its facts or its relationships. */
	public Map<String, List<Source>> sourcesOf(Collection<String> entityIds) {
		Map<String, List<Source>> byEntity = emptyLists(entityIds);
		this.reads.list("""
				MATCH (e:Entity) WHERE e.id IN $ids
				CALL (e) {
				  MATCH (ev:Evidence {subject: e.id}) RETURN ev.source AS sourceId
				  UNION
				  MATCH (e)-[:HAS_FACT]->(f:Fact) MATCH (ev:Evidence {subject: f.id}) RETURN ev.source AS sourceId
				  UNION
				  MATCH (e)-[r]-(:Entity) MATCH (ev:Evidence {subject: r.id}) RETURN ev.source AS sourceId
				}
				WITH e, collect(DISTINCT sourceId) AS sourceIds
				MATCH (s:Source) WHERE s.id IN sourceIds
				WITH e, s ORDER BY s.id
				RETURN e.id AS entity, collect(s {.*}) AS sources
				""", Map.of("ids", List.copyOf(entityIds)))
			.forEach((row) -> byEntity.get(Rows.string(row, "entity"))
				.addAll(Rows.maps(row, "sources").stream().map(Source::of).toList()));
		return byEntity;
	}

	public Map<String, Source> sources(Collection<String> ids) {
		Map<String, Source> found = new LinkedHashMap<>();
		this.reads
			.list("MATCH (s:Source) WHERE s.id IN $ids RETURN s {.*} AS s ORDER BY s.id",
					Map.of("ids", List.copyOf(ids)))
			.forEach((row) -> {
				Source source = Source.of(Rows.map(row, "s"));
				found.put(source.id(), source);
			});
		return found;
	}

	public List<Source> allSources() {
		return this.reads.list("MATCH (s:Source) RETURN s {.*} AS s ORDER BY s.id", Map.of())
			.stream()
			.map((row) -> Source.of(Rows.map(row, "s")))
			.toList();
	}

	/** Number of relationships of each entity. */
	public Map<String, Integer> degrees(Collection<String> entityIds) {
		Map<String, Integer> degrees = new HashMap<>();
		entityIds.forEach((id) -> degrees.put(id, 0));
		this.reads.list("""
				MATCH (e:Entity) WHERE e.id IN $ids
				RETURN e.id AS id, COUNT { (e)-[r]-(o:Entity) WHERE %s AND %s } AS degree
				""".formatted(Predicates.active("r"), Predicates.active("o")), Map.of("ids", List.copyOf(entityIds)))
			.forEach((row) -> degrees.put(Rows.string(row, "id"), (int) Rows.count(row, "degree")));
		return degrees;
	}

	/**
	 * One page of links for each entity, all entities sharing one filter: relationships
	 * ordered by type, then by the other end's Korean name.
	 */
	public Map<String, LinkPage> links(Collection<String> entityIds, LinkFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(entityIds));
		parameters.put("types", filter.types());
		parameters.put("outgoing", filter.outgoing());
		parameters.put("kinds", filter.kinds());
		parameters.put("asOf", filter.asOf());
		parameters.put("offset", filter.offset());
		parameters.put("end", filter.offset() + filter.first());
		Map<String, LinkPage> pages = new HashMap<>();
		this.reads.list(LINKS, parameters).forEach((row) -> {
			List<Relationship> page = Rows.maps(row, "page").stream().map(Relationship::of).toList();
			pages.put(Rows.string(row, "id"), new LinkPage(Rows.count(row, "total"), page));
		});
		entityIds.forEach((id) -> pages.putIfAbsent(id, new LinkPage(0, List.of())));
		return pages;
	}

	/** How many entities a list filter matches. */
	public long count(ListFilter filter) {
		return this.reads.one(filter.countStatement(), filter.parameters())
			.map((row) -> Rows.count(row, "total"))
			.orElse(0L);
	}

	/** One page of a filtered, sorted entity list. */
	public List<Entity> list(ListFilter filter, EntityOrder order, int offset, int first) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("offset", offset);
		parameters.put("first", first);
		return this.reads.list(filter.pageStatement(order), parameters)
			.stream()
			.map((row) -> Entity.of(Rows.map(row, "n")))
			.toList();
	}

	/**
	 * Which entities a list shows: kinds (Neo4j labels, as {@code n.kind} holds them),
	 * region and sector (entity ids) are all parameters, so the statement's text depends
	 * only on which of them are given and the order: a bounded handful of texts to plan,
	 * not one per combination of kinds. The statements start from the most selective
	 * thing given — the region, else the sector, else the kinds (through the
	 * {@code entity_kind} index) — so a region's list costs what the region holds, not
	 * what the graph holds.
	 */
	public record ListFilter(List<String> kinds, String region, String sector) {

		/** The parameters of {@link #countStatement()} and {@link #pageStatement}. */
		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("region", this.region);
			parameters.put("sector", this.sector);
			parameters.put("kinds", this.kinds);
			return parameters;
		}

		/** Counts the entities the filter matches, as {@code total}. */
		String countStatement() {
			return matching() + "RETURN count(n) AS total";
		}

		/**
		 * One page ($offset, $first) of the entities the filter matches, as {@code n}.
		 */
		String pageStatement(EntityOrder order) {
			return matching() + """
					WITH n ORDER BY %s
					SKIP $offset LIMIT $first
					RETURN n {.*} AS n
					""".formatted(order.cypher);
		}

		private String matching() {
			String node = "n:Entity";
			List<String> conditions = new ArrayList<>(List.of("n:Entity", Predicates.active("n")));
			if (this.kinds != null && !this.kinds.isEmpty()) {
				conditions.add("n.kind IN $kinds");
			}
			String start;
			if (this.region != null) {
				start = "MATCH (:Entity {id: $region})<-[:LOCATED_IN]-(%s)\nWITH DISTINCT n\n".formatted(node);
				if (this.sector != null) {
					conditions.add("EXISTS { (n)-[:FOCUSES_ON]->(:Entity {id: $sector}) }");
				}
			}
			else if (this.sector != null) {
				start = "MATCH (:Entity {id: $sector})<-[:FOCUSES_ON]-(%s)\nWITH DISTINCT n\n".formatted(node);
			}
			else {
				start = "MATCH (%s)\n".formatted(node);
			}
			return start + "WHERE " + String.join(" AND ", conditions) + "\n";
		}

	}

	/** Sort orders of entity lists. */
	public enum EntityOrder {

		NAME_KO("n.nameKo, n.id"), NAME_EN("toLower(n.nameEn), n.id"),
		DATE("coalesce(n.date, n.validFrom) IS NULL, coalesce(n.date, n.validFrom), n.nameKo, n.id"),
		DEGREE("COUNT { (n)-[]-(:Entity) } DESC, n.nameKo, n.id");

		private final String cypher;

		EntityOrder(String cypher) {
			this.cypher = cypher;
		}

	}

	/**
	 * A filter for an entity's links; entities asking with equal filters are batched
	 * together.
	 */
	public record LinkFilter(List<String> types, Boolean outgoing, List<String> kinds, LocalDate asOf, int first,
			int offset) {
	}

	/** One page of an entity's links and how many there are in all. */
	public record LinkPage(long total, List<Relationship> relationships) {
	}

	private static <T> Map<String, List<T>> emptyLists(Collection<String> keys) {
		Map<String, List<T>> map = new HashMap<>();
		keys.forEach((key) -> map.put(key, new ArrayList<>()));
		return map;
	}

}
