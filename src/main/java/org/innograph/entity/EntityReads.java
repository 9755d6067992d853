package org.innograph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.innograph.api.PageInfo;
import org.innograph.api.Paging;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;
import org.innograph.store.GraphReads;
import org.innograph.store.PageSlices;
import org.innograph.storage.AsOf;
import org.innograph.storage.Predicates;
import org.innograph.storage.StoredGraph;

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
			RETURN %s AS n
			""".formatted(Predicates.activeEntity("n"), Entity.projection("n"));

	/**
	 * How a statement of link pages reads: with the asOf rule of a date or as it stands
	 * without one ({@link AsOf#currentUndated}: a hub's every link is tested against it);
	 * full pages, or brief ones when every level's selection asks for no more
	 * ({@link BriefSelection}): entities and links as {@link Entity#briefProjection} and
	 * {@link Relationship#briefProjection} project them. Four forms, each a fixed text.
	 */
	record PageForm(boolean undated, boolean brief) {

		static final List<PageForm> ALL = List.of(new PageForm(false, false), new PageForm(true, false),
				new PageForm(false, true), new PageForm(true, true));

		/** The form of a statement that reads pages under all these filters. */
		static PageForm of(List<LinkFilter> filters) {
			return new PageForm(filters.stream().allMatch((filter) -> filter.asOf() == null),
					filters.stream().allMatch(LinkFilter::brief));
		}

		/**
		 * One page of the links of the entity bound as {@code e} ($types, $outgoing,
		 * $kinds, $asOf, $after, $first), with where it starts (PageSlices): returns
		 * total, start, owner (e's properties) and page (for {@link Relationship#onPage}:
		 * each link with its direction from e and its other end, so e's properties travel
		 * once, not with every link).
		 */
		String linkPage() {
			return linkPage(false);
		}

		/**
		 * {@link #linkPage()} for a level below the first ($counted too): there a hub's
		 * page may be read from the index of names ({@link EntityReads#hubLinks}), unless
		 * the page is as of a date: a date may leave few of a hub's links in force, and
		 * the walk would then read the whole index to find them.
		 */
		String lowerLinkPage() {
			return linkPage(this.undated);
		}

		private String linkPage(boolean hubs) {
			String linkRule = this.undated ? AsOf.currentUndated("r") : AsOf.current("r");
			String endsRule = this.undated ? AsOf.existsUndated("o") + " AND " + AsOf.existsUndated("e")
					: AsOf.exists("o") + " AND " + AsOf.exists("e");
			return EntityReads.linkPage(linkRule, endsRule, this.brief, hubs);
		}

	}

	private static String linkPage(String linkRule, String endsRule, boolean brief, boolean hubs) {
		Function<String, String> entity = brief ? Entity::briefProjection : Entity::projection;
		Function<String, String> relationship = brief ? Relationship::briefProjection : Relationship::projection;
		String filters = """
				($types IS NULL OR type(r) IN $types)
				    AND ($outgoing IS NULL OR (startNode(r) = e) = $outgoing)
				    AND ($kinds IS NULL OR o.kind IN $kinds)
				    // The one asOf rule (AsOf): a link holds on the day, and both its ends exist. Retired links leave
				    // default reads but still answer "as of" a date they were valid on.
				    AND %s AND %s""".formatted(linkRule, endsRule);
		String allLinks = """
				MATCH (e)-[r]-(o:Entity)
				  WHERE %s
				  WITH r, o ORDER BY type(r), o.nameKo, r.id
				  // Properties only for the page: a hub has thousands of links, a page a few.
				""".formatted(filters);
		// Only the hubs' form needs a subquery of its own to choose between two readings.
		String links = hubs
				? "CALL (e) {\n  "
						+ hubLinks(linkRule + " AND " + endsRule, allLinks + "  RETURN collect(r) AS links\n") + "}\n"
				: allLinks + "  WITH collect(r) AS links\n";
		return """
				CALL (e) {
				  %s  WITH links, %s AS start
				  RETURN size(links) AS total, start, %s AS owner,
				         [link IN %s | {rel: %s, type: type(link), outgoing: startNode(link) = e,
				          // A map projection needs a variable: a one-element list binds the other end to one.
				          other: [other IN [CASE WHEN startNode(link) = e THEN endNode(link) ELSE startNode(link) END] |
				                  %s][0]}] AS page
				}
				""".formatted(links, PageSlices.start("links"), entity.apply("e"), PageSlices.page("links", "start"),
				relationship.apply("link"), entity.apply("other"));
	}

	/**
	 * How much larger than a page a hub's links must be before its page is read from the
	 * index of names: walking that index finds the next of a hub's {@code d} links among
	 * {@code n} entities after about {@code n / d} names, so the walk reads about
	 * {@code (first + 1) * n / d} names where the expansion reads {@code d} links; it
	 * pays when {@code d * d} exceeds {@code (first + 1) * n} (measured at 100K: a factor
	 * of 1 read three levels fastest, 0.25 slower than none).
	 */
	static final int HUB_FACTOR = 1;

	/**
	 * The links of the entity bound as {@code e} ({@code RETURN collect(r) AS links}) in
	 * page order, as {@code allLinks} reads them, but for a hub only as many as its page
	 * needs. A page in order of type, the other end's name and the link's id needs every
	 * link of the entity; a region or a sector has thousands. A page starts with the
	 * links of the first type in that order the entity has (of those asked for). When the
	 * page's total is not asked for ($counted false), no cursor is given, no filter but
	 * the types applies (pages as of a date are never walked:
	 * {@link PageForm#lowerLinkPage}), every link the entity has is of a type between
	 * entities or one of its facts, and that first type has many links (see
	 * {@link #HUB_FACTOR}), the page is the first links of that type met walking the
	 * other ends in the order of their names (the index {@code entity_name_ko}):
	 * {@code first + 1} of them (a page and whether there is more), with every link of
	 * the type to an end of the same name as the last one met, since ends of equal names
	 * follow each other in the index in no particular order and the link's id decides.
	 * The total these pages return is then the number read, not the number there is. When
	 * the walk finds too few (ends without a name sort last, links of that type may be
	 * retired), the entity's links are read as {@code allLinks} reads them. Where a hub's
	 * links are walked, only {@code rules} (the asOf rule) and the type apply: the other
	 * filters are absent then, and the type is one of those asked for. A shorter text is
	 * also a quicker plan, which for this statement takes the database seconds on a slow
	 * machine (docs/performance.md).
	 */
	private static String hubLinks(String rules, String allLinks) {
		// In the order of their names, as pages sort them.
		String byType = Arrays.stream(RelationshipType.values())
			.map(RelationshipType::name)
			.sorted()
			.map((type) -> "['%1$s', COUNT { (e)-[:%1$s]-() }]".formatted(type))
			.collect(Collectors.joining(", ", "[", "]"));
		// Each step is a subquery that aggregates, so it answers one row whether or not
		// its WHERE lets anything through; the last line picks the page that was read.
		return """
				WITH e, COUNT { (e)--() } AS degree, %1$d * ($first + 1) * COUNT { (:Entity) } AS bar
				  WITH e, degree, bar, CASE WHEN NOT $counted AND $after IS NULL AND $outgoing IS NULL AND $kinds IS NULL
				                              AND degree * degree > bar THEN %2$s END AS byType
				  // Degrees by type are counts the store keeps. The page starts with the links of the first
				  // type in order that the entity has, when every link the entity has is of a type between
				  // entities or a fact of its own.
				  WITH e, bar, CASE WHEN byType IS NOT NULL
				                 AND reduce(sum = 0, t IN byType | sum + t[1]) + COUNT { (e)-[:%5$s]-() } = degree
				                 AND NOT EXISTS { (e)-[:%5$s]-(:Entity) }
				            THEN [t IN byType WHERE t[1] > 0 AND ($types IS NULL OR t[0] IN $types)][0] END AS first
				  WITH e, CASE WHEN first[1] * first[1] > bar THEN first[0] END AS hubType
				  CALL (e, hubType) {
				    // The seek's own bound is the gate: a WHERE on hubType alone the planner may test
				    // after the seek, on every name, for every entity.
				    MATCH (o:Entity) WHERE o.nameKo >= CASE WHEN hubType IS NOT NULL THEN '' END
				    WITH e, o ORDER BY o.nameKo
				    MATCH (e)-[r]-(o)
				    WHERE type(r) = hubType AND %4$s
				    WITH r, o LIMIT $first + 1
				    RETURN collect(r) AS walked, collect(o.nameKo) AS names
				  }
				  CALL (e, hubType, walked, names) {
				    WITH e, hubType, walked, names WHERE size(walked) > $first
				    WITH e, hubType, names[-1] AS last,
				         [i IN range(0, size(walked) - 1) WHERE names[i] <> names[-1] | walked[i]] AS before
				    CALL (e, hubType, last) {
				      MATCH (o:Entity {nameKo: last})-[r]-(e)
				      WHERE type(r) = hubType AND %4$s
				      RETURN collect(r) AS tied
				    }
				    UNWIND before + tied AS r
				    WITH r, CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END AS o
				    WITH r, o ORDER BY o.nameKo, r.id
				    RETURN collect(r) AS read
				  }
				  CALL (e, walked) {
				    WITH e WHERE size(walked) <= $first
				    %3$s
				  }
				  RETURN CASE WHEN size(walked) > $first THEN read ELSE links END AS links
				"""
			.formatted(HUB_FACTOR, byType, allLinks.replace("\n", "\n  ").strip(), rules.replace("\n", "\n  "),
					StoredGraph.HAS_FACT);
	}

	/**
	 * One page of links per entity ($ids, $types, $outgoing, $kinds, $asOf, $after,
	 * $first), with where it starts (PageSlices), by form.
	 */
	static final Map<PageForm, String> LINKS = PageForm.ALL.stream()
		.collect(Collectors.toUnmodifiableMap((form) -> form, (form) -> """
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				""" + form.linkPage() + """
				RETURN id, total, start, owner, page
				"""));

	/** The parameters of a link page, renamed per level in {@link #linkLevels}. */
	private static final Pattern LINK_PARAMETERS = Pattern
		.compile("\\$(types|outgoing|kinds|asOf|after|first|counted)\\b");

	/** The deepest chain of neighbours' neighbours read in one statement. */
	static final int MAX_LINK_LEVELS = 4;

	/**
	 * Pages of links over several levels in one statement: level 1 for $ids with the
	 * parameters suffixed {@code _1}, level 2 for the other ends of level 1's pages with
	 * those suffixed {@code _2}, and so on. Each level is the form's link page as
	 * {@link #LINKS} runs it, so each page is the one a statement of its own would give.
	 * Returns one row, {@code level1} … {@code levelN}, each a list of {@code {id, total,
	 * start, owner, page}}.
	 */
	static String linkLevels(int levels, PageForm form) {
		return withLowerLevels(
				new StringBuilder("UNWIND $ids AS id\nMATCH (e:Entity {id: id})\n").append(levelPage(1, form))
					.append("WITH collect({id: id, total: total, start: start, owner: owner, page: page}) AS level1\n"),
				levels, form, "");
	}

	/**
	 * An entity ($ids, its id alone) with pages of its links over levels, in one
	 * statement: what {@link #ENTITIES_BY_ID} and {@link #linkLevels} read in two, level
	 * 1 being the entity's own links. No row when no active entity has the id; otherwise
	 * {@code n}, {@code level1} … {@code levelN} as {@link #linkLevels} returns them. The
	 * entity itself is read in full whatever the form: its own fields are the query's.
	 */
	static String entityWithLinkLevels(int levels, PageForm form) {
		return withLowerLevels(new StringBuilder(ENTITIES_BY_ID.substring(0, ENTITIES_BY_ID.indexOf("RETURN")))
			.append("CALL (n) {\n  WITH n AS e, n.id AS id\n")
			.append(levelPage(1, form))
			.append("  RETURN collect({id: id, total: total, start: start, owner: owner, page: page}) AS level1\n}\n"),
				levels, form, Entity.projection("n") + " AS n, ");
	}

	/**
	 * Levels 2 to {@code levels} under the {@code level1} the statement so far has, then
	 * the returned columns.
	 */
	private static String withLowerLevels(StringBuilder cypher, int levels, PageForm form, String returned) {
		for (int level = 2; level <= levels; level++) {
			// An aggregating subquery answers one row even when the level above found no
			// links.
			cypher.append("CALL (level%d) {\n".formatted(level - 1))
				.append("  UNWIND level%d AS above\n".formatted(level - 1))
				.append("  UNWIND above.page AS link\n")
				.append("  WITH DISTINCT link.other.id AS id\n")
				.append("  MATCH (e:Entity {id: id})\n")
				.append(levelPage(level, form))
				.append("  RETURN collect({id: id, total: total, start: start, owner: owner, page: page}) AS level%d\n"
					.formatted(level))
				.append("}\n");
		}
		cypher.append("RETURN ").append(returned);
		for (int level = 1; level <= levels; level++) {
			cypher.append((level > 1) ? ", " : "").append("level").append(level);
		}
		return cypher.append('\n').toString();
	}

	private static String levelPage(int level, PageForm form) {
		return LINK_PARAMETERS.matcher((level == 1) ? form.linkPage() : form.lowerLinkPage())
			.replaceAll("\\$$1_" + level);
	}

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
		// Every stored property, not the API's projections: ProjectionsIT compares the
		// projected reads with this one.
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

	/**
	 * Cypher for the number of relationships of the entity {@code e} that
	 * {@code Entity.degree} shows and {@link EntityOrder#DEGREE} sorts by: links not
	 * retired, to entities not retired. Its variables are its own, so it can stand where
	 * a statement has bound {@code r} or {@code o} already.
	 */
	static String degree(String e) {
		return "COUNT { (%s)-[degreeLink]-(degreeEnd:Entity) WHERE %s AND %s }".formatted(e,
				Predicates.active("degreeLink"), Predicates.activeEntity("degreeEnd"));
	}

	/** Number of relationships of each entity. */
	public Map<String, Integer> degrees(Collection<String> entityIds) {
		Map<String, Integer> degrees = new HashMap<>();
		entityIds.forEach((id) -> degrees.put(id, 0));
		this.reads.list("""
				MATCH (e:Entity) WHERE e.id IN $ids
				RETURN e.id AS id, %s AS degree
				""".formatted(degree("e")), Map.of("ids", List.copyOf(entityIds)))
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
		parameters.put("first", filter.first());
		parameters.put("after", filter.after());
		Map<String, LinkPage> pages = new HashMap<>();
		this.reads.list(LINKS.get(PageForm.of(List.of(filter))), parameters)
			.forEach((row) -> pages.put(Rows.string(row, "id"), linkPage(row)));
		entityIds.forEach((id) -> pages.putIfAbsent(id, new LinkPage(0, (filter.after() == null) ? 0 : -1, List.of())));
		return pages;
	}

	/**
	 * Pages of links over levels, in one statement: {@code filters.get(0)} for the
	 * entities given, {@code filters.get(1)} for the other ends of those pages, and so
	 * on; one map of pages by entity id per level. Levels below the first start at the
	 * top of their list (no cursor).
	 */
	public List<Map<String, LinkPage>> linksInLevels(Collection<String> entityIds, List<LinkFilter> filters) {
		if (filters.size() < 2 || filters.size() > MAX_LINK_LEVELS) {
			throw new IllegalArgumentException("2 to " + MAX_LINK_LEVELS + " levels, not " + filters.size());
		}
		Map<String, Object> row = this.reads
			.one(LEVEL_STATEMENTS.get(PageForm.of(filters)).get(filters.size()), levelParameters(entityIds, filters))
			.orElseThrow();
		return levelPages(row, entityIds, filters);
	}

	/** An entity and pages of its links over levels, as one statement read them. */
	public record EntityWithLinks(Entity entity, List<Map<String, LinkPage>> levels) {
	}

	/**
	 * The active entity with the id, and pages of its links over levels, in one
	 * statement: {@code filters.get(0)} for the entity's own links,
	 * {@code filters.get(1)} for the other ends of that page, and so on, as
	 * {@link #linksInLevels} reads them. For a query that asks for an entity with its
	 * neighbours: one round trip to the database instead of two.
	 */
	public Optional<EntityWithLinks> entityWithLinks(String id, List<LinkFilter> filters) {
		if (filters.isEmpty() || filters.size() > MAX_LINK_LEVELS) {
			throw new IllegalArgumentException("1 to " + MAX_LINK_LEVELS + " levels, not " + filters.size());
		}
		List<String> ids = List.of(id);
		return this.reads
			.one(ENTITY_LEVEL_STATEMENTS.get(PageForm.of(filters)).get(filters.size()), levelParameters(ids, filters))
			.map((row) -> new EntityWithLinks(Entity.of(Rows.map(row, "n")), levelPages(row, ids, filters)));
	}

	/** The parameters of the level statements: each level's filter, suffixed by level. */
	static Map<String, Object> levelParameters(Collection<String> entityIds, List<LinkFilter> filters) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(entityIds));
		for (int level = 1; level <= filters.size(); level++) {
			LinkFilter filter = filters.get(level - 1);
			parameters.put("types_" + level, filter.types());
			parameters.put("outgoing_" + level, filter.outgoing());
			parameters.put("kinds_" + level, filter.kinds());
			parameters.put("asOf_" + level, filter.asOf());
			parameters.put("first_" + level, filter.first());
			parameters.put("after_" + level, (level == 1) ? filter.after() : null);
			parameters.put("counted_" + level, filter.counted());
		}
		return parameters;
	}

	/**
	 * The pages of each level of a level statement's row; an entity asked for with no
	 * page of its own has an empty one.
	 */
	private static List<Map<String, LinkPage>> levelPages(Map<String, Object> row, Collection<String> entityIds,
			List<LinkFilter> filters) {
		List<Map<String, LinkPage>> levels = new ArrayList<>();
		for (int level = 1; level <= filters.size(); level++) {
			Map<String, LinkPage> pages = new HashMap<>();
			for (Map<String, Object> entry : Rows.maps(row, "level" + level)) {
				pages.put(Rows.string(entry, "id"), linkPage(entry));
			}
			levels.add(pages);
		}
		LinkFilter first = filters.get(0);
		entityIds.forEach(
				(id) -> levels.get(0).putIfAbsent(id, new LinkPage(0, (first.after() == null) ? 0 : -1, List.of())));
		return levels;
	}

	/** A page of links as a link page returns it. */
	private static LinkPage linkPage(Map<String, Object> row) {
		Entity owner = Entity.of(Rows.map(row, "owner"));
		List<Relationship> page = Rows.maps(row, "page")
			.stream()
			.map((item) -> Relationship.onPage(item, owner))
			.toList();
		return new LinkPage(Rows.count(row, "total"), Rows.count(row, "start"), page);
	}

	/** The statements of {@link #linkLevels}, by form and number of levels. */
	private static final Map<PageForm, Map<Integer, String>> LEVEL_STATEMENTS = byLevels(2, EntityReads::linkLevels);

	/** The statements of {@link #entityWithLinkLevels}, by form and number of levels. */
	private static final Map<PageForm, Map<Integer, String>> ENTITY_LEVEL_STATEMENTS = byLevels(1,
			EntityReads::entityWithLinkLevels);

	private static Map<PageForm, Map<Integer, String>> byLevels(int fewest,
			BiFunction<Integer, PageForm, String> statement) {
		return PageForm.ALL.stream()
			.collect(Collectors.toUnmodifiableMap((form) -> form,
					(form) -> levels(fewest, (levels) -> statement.apply(levels, form))));
	}

	private static Map<Integer, String> levels(int fewest, IntFunction<String> statement) {
		return IntStream.rangeClosed(fewest, MAX_LINK_LEVELS)
			.boxed()
			.collect(Collectors.toUnmodifiableMap((levels) -> levels, statement::apply));
	}

	/** How many entities a list filter matches. */
	public long count(ListFilter filter) {
		return this.reads.one(filter.countStatement(), filter.parameters())
			.map((row) -> Rows.count(row, "total"))
			.orElse(0L);
	}

	/**
	 * Those of {@code ids} that the filter matches: for a list found another way (search)
	 * narrowed by the same filters as {@code entities}.
	 */
	public Set<String> matchingIds(ListFilter filter, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("ids", List.copyOf(ids));
		return this.reads.list(filter.idsStatement(), parameters)
			.stream()
			.map((row) -> Rows.string(row, "id"))
			.collect(Collectors.toSet());
	}

	/** One page of a filtered, sorted entity list. */
	public List<Entity> list(ListFilter filter, EntityOrder order, int offset, int first) {
		return list(filter, order, null, offset, first);
	}

	/**
	 * One page of a filtered entity list in an order and a direction (null: the order's
	 * own).
	 */
	public List<Entity> list(ListFilter filter, EntityOrder order, Boolean ascending, int offset, int first) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("offset", offset);
		parameters.put("first", first);
		return this.reads.list(filter.pageStatement(order, ascending), parameters)
			.stream()
			.map((row) -> Entity.of(Rows.map(row, "n")))
			.toList();
	}

	/**
	 * One page of a filtered entity list in an order and a direction (null: the order's
	 * own), continuing after the cursor's entity wherever it now is; the page knows where
	 * it starts.
	 */
	public EntityPage page(ListFilter filter, EntityOrder order, Boolean ascending, Paging paging) {
		if (paging.after() == null) {
			return new EntityPage(paging.startingAt(0), list(filter, order, ascending, 0, paging.first()));
		}
		// Most often nothing moved: the cursor's entity is still just before the page.
		List<Entity> withPrevious = list(filter, order, ascending, paging.offset() - 1, paging.first() + 1);
		if (!withPrevious.isEmpty() && withPrevious.get(0).id().equals(paging.after())) {
			return new EntityPage(paging.startingAt(paging.offset()), withPrevious.subList(1, withPrevious.size()));
		}
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("after", paging.after());
		Object position = this.reads.one(filter.positionStatement(order, ascending), parameters)
			.map((row) -> row.get("position"))
			.orElse(null);
		Paging resolved = paging.startingAt((position != null) ? ((Number) position).longValue() + 1 : -1);
		return new EntityPage(resolved, list(filter, order, ascending, resolved.offset(), paging.first()));
	}

	/** A page of entities and the paging it resolved to. */
	public record EntityPage(Paging paging, List<Entity> entities) {
	}

	/**
	 * The entities a filter matches, grouped: one page of the buckets (a key, null for
	 * the entities with none), most first, from where {@code paging} continues.
	 */
	public GroupPage counts(ListFilter filter, CountGroup group, Paging paging) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.putAll(paging.parameters());
		Map<String, Object> row = this.reads.one(filter.groupStatement(group), parameters).orElseThrow();
		Paging resolved = paging.startingAt(Rows.count(row, "start"));
		List<GroupCount> buckets = Rows.maps(row, "page")
			.stream()
			.map((bucket) -> new GroupCount(Rows.string(bucket, "key"), Rows.count(bucket, "count"),
					Rows.string(bucket, "id")))
			.toList();
		return new GroupPage(resolved, buckets, Rows.count(row, "total"));
	}

	/**
	 * A page of a grouping's buckets, the paging it resolved to, and how many buckets
	 * there are in all.
	 */
	public record GroupPage(Paging paging, List<GroupCount> buckets, long bucketCount) {

		/** The page's information for the API, the buckets' ids as cursors. */
		public PageInfo pageInfo() {
			return this.paging.pageInfo(this.buckets.stream().map(GroupCount::id).toList(), this.bucketCount);
		}

	}

	/**
	 * The arguments whose id names nothing the filter can use, in the order given: each
	 * reference is an argument's name, the id and the kind it must have ({@code Source}
	 * for a document, null for any entity).
	 */
	public List<String> unknownIds(List<IdReference> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> refs = new ArrayList<>();
		references.forEach((ref) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("argument", ref.argument());
			map.put("id", ref.id());
			map.put("kind", ref.kind());
			refs.add(map);
		});
		return this.reads
			.list("""
					UNWIND $refs AS ref
					WITH ref, CASE WHEN ref.kind = 'Source' THEN EXISTS { MATCH (s:Source {id: ref.id}) }
					  ELSE EXISTS { MATCH (e:Entity {id: ref.id}) WHERE (ref.kind IS NULL OR e.kind = ref.kind) AND %s } END AS found
					WHERE NOT found
					RETURN ref.argument AS argument
					"""
				.formatted(Predicates.active("e")), Map.of("refs", refs))
			.stream()
			.map((row) -> Rows.string(row, "argument"))
			.toList();
	}

	/**
	 * A filter argument's id and the kind (Neo4j label, or {@code Source}) it must name;
	 * null kind: any entity.
	 */
	public record IdReference(String argument, String id, String kind) {
	}

	/**
	 * How many entities share one key of a grouping; a null key gathers the entities
	 * without one. {@code id} names the bucket in a cursor: {@code k:} and the key, or
	 * {@code none} for the null key (a cursor's id cannot be empty).
	 */
	public record GroupCount(String key, long count, String id) {
	}

	/**
	 * Which entities a list (or a count) takes in: every filter given must hold (AND).
	 * All values are parameters, so the statement's text depends only on which filters
	 * are given and the order: a bounded number of texts to plan. The links the filters
	 * follow obey the one {@code asOf} rule ({@link AsOf}): with no date, retired links
	 * and entities are left out; with one, only what held on that day counts.
	 *
	 * @param kinds Neo4j labels, as {@code n.kind} holds them
	 * @param types sub-kinds, as {@code n.type} holds them
	 * @param codes the codes the sources give (plan item codes, council numbers)
	 * @param region a Region's id, tied to the entity by {@code regionRelation}
	 * @param regionRelation how {@code region} (and counting by region) ties an entity to
	 * a region
	 * @param sector a Sector's id the entity focuses on
	 * @param memberOf an entity the entity is a member of
	 * @param partOf an entity the entity is part of, directly or through parts of parts
	 * @param role the role of the memberships {@code memberOf}, MEMBER_REGION and the
	 * groupings by member and role follow; alone, the entity takes part in a membership
	 * of that role, as the member or as the body
	 * @param status the entity's status (a Status name)
	 * @param basis the basis (a Basis name) of the links the other filters follow; alone,
	 * the entity has a relationship of that basis
	 * @param source a source document's id that has a quote about the entity itself
	 * @param asOf only entities that exist and links that hold on this day; null for the
	 * current graph
	 */
	public record ListFilter(List<String> kinds, List<String> types, List<String> codes, String region,
			RegionRelation regionRelation, String sector, String memberOf, String partOf, MembershipRole role,
			String status, String basis, String source, LocalDate asOf) {

		/** The variable of the entity a list starts from (see {@link #anchor}). */
		private static final String ANCHOR = "anchor";

		/**
		 * How deep {@code partOf} follows parts of parts: the plan's strategy, task,
		 * sub-task, action is four.
		 */
		static final int PART_OF_DEPTH = 5;

		public ListFilter {
			regionRelation = (regionRelation != null) ? regionRelation : RegionRelation.LOCATED_IN;
		}

		/**
		 * The filters lists had first: kinds, located in a region, focused on a sector.
		 */
		public ListFilter(List<String> kinds, String region, String sector) {
			this(kinds, null, null, region, null, sector, null, null, null, null, null, null, null);
		}

		/**
		 * The parameters of {@link #countStatement()}, {@link #pageStatement} and
		 * {@link #groupStatement}.
		 */
		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("kinds", this.kinds);
			parameters.put("types", this.types);
			parameters.put("codes", this.codes);
			parameters.put("region", this.region);
			parameters.put("sector", this.sector);
			parameters.put("memberOf", this.memberOf);
			parameters.put("partOf", this.partOf);
			parameters.put("roles", (this.role != null) ? this.role.stored() : null);
			parameters.put("status", this.status);
			parameters.put("basis", this.basis);
			parameters.put("source", this.source);
			parameters.put("asOf", this.asOf);
			return parameters;
		}

		/** The ids among {@code $ids} that the filter matches, as {@code id}. */
		String idsStatement() {
			return matching().stripTrailing() + "\n  AND n.id IN $ids\nRETURN n.id AS id";
		}

		/** Counts the entities the filter matches, as {@code total}. */
		String countStatement() {
			return countsLabels() ? LABEL_COUNT : matching() + "RETURN count(n) AS total";
		}

		/**
		 * Whether the count is one of kinds alone (or of every entity) in today's graph:
		 * then the database's own count per label answers it, less the retired ones,
		 * without reading a node. (Matched and counted one by one, a kind of 100,000
		 * entities took as long as reading them.)
		 */
		private boolean countsLabels() {
			return this.asOf == null && !given(this.types) && !given(this.codes) && this.region == null
					&& this.sector == null && this.memberOf == null && this.partOf == null && this.role == null
					&& this.status == null && this.basis == null && this.source == null && (this.kinds == null
							|| (!this.kinds.isEmpty() && this.kinds.stream().allMatch(EntityKind::isLabel)));
		}

		/**
		 * {@link #countsLabels The count} from label counts: the counts of the labels of
		 * the kinds {@code $kinds} names (each once; of every kind when null, as every
		 * entity has its kind's label), less the retired entities of those kinds, which
		 * the index on {@code retired} finds. One text for every list of kinds, so that
		 * lists of kinds do not each take a place in the plan cache; the labels come from
		 * {@link EntityKind}, never from the request.
		 */
		private static final String LABEL_COUNT = """
				CALL () {
				  %s
				}
				WITH sum(CASE WHEN $kinds IS NULL OR kind IN $kinds THEN entities ELSE 0 END) AS entities
				RETURN entities
				  - COUNT { MATCH (n:Entity) WHERE n.%s = true AND ($kinds IS NULL OR n.kind IN $kinds) } AS total"""
			.formatted(Arrays.stream(EntityKind.values())
				.map((kind) -> "RETURN '%1$s' AS kind, COUNT { MATCH (n:`%1$s`) } AS entities".formatted(kind.label()))
				.collect(Collectors.joining("\n  UNION ALL\n  ")), StoredGraph.Common.RETIRED);

		/**
		 * One page ($offset, $first) of the entities the filter matches, as {@code n}.
		 */
		String pageStatement(EntityOrder order) {
			return pageStatement(order, null);
		}

		/**
		 * One page in an order and a direction (null: the order's own); nulls last, ties
		 * by id.
		 */
		String pageStatement(EntityOrder order, Boolean ascending) {
			boolean bounded = order == EntityOrder.DEGREE && !order.ascending(ascending) && anchorParameter() == null;
			return (bounded ? mostLinked() : matching()) + sorted(order, ascending) + """
					SKIP $offset LIMIT $first
					RETURN %s AS n
					""".formatted(Entity.projection("n"));
		}

		/**
		 * The candidates of a page of the most-linked entities, as {@link #matching()}
		 * gives them: only those that can reach the page. An entity's degree reads the
		 * {@code retired} of every one of its links (at a million entities, every
		 * entity's took longer than the read timeout), while its count of all its links
		 * ({@code COUNT { (n)--() }}, kept by the database) is never below its degree.
		 * The {@code $offset + $first} entities with the most links are given their
		 * degree and the least of those is the {@code threshold}: that many entities have
		 * at least that degree, so every entity on the page or before it has too, and a
		 * count of links at least that; the others cannot be on the page. With fewer
		 * entities than that, all of them. The page is the one every entity's degree
		 * would give. Not for lists that start from a region, a sector or a council: they
		 * read only that entity's links already. The entities above the threshold are
		 * given their degree again in the sort; keeping the first pass's degrees (a union
		 * of those and the rest) measured no faster at a million entities.
		 */
		private String mostLinked() {
			return """
					CALL () {
					  MATCH (n:Entity) WHERE %1$s
					  WITH n ORDER BY COUNT { (n)--() } DESC LIMIT $offset + $first
					  WITH %2$s AS degree
					  RETURN CASE WHEN count(*) < $offset + $first THEN 0 ELSE min(degree) END AS threshold
					}
					MATCH (n:Entity) WHERE COUNT { (n)--() } >= threshold AND %1$s
					""".formatted(conditions(), degree("n"));
		}

		/**
		 * The position ({@code position}, null when absent) of the entity {@code $after}
		 * in the order of {@link #pageStatement(EntityOrder, Boolean)}: where a page
		 * continues when records added or removed before it moved it.
		 */
		String positionStatement(EntityOrder order, Boolean ascending) {
			return matching() + sorted(order, ascending) + """
					WITH collect(n.id) AS ids
					RETURN [i IN range(0, size(ids) - 1) WHERE ids[i] = $after][0] AS position
					""";
		}

		/**
		 * The list's order, one text for the page and for the position a cursor resumes
		 * at: if they differed, a page would continue at the wrong place.
		 */
		private static String sorted(EntityOrder order, Boolean ascending) {
			return """
					WITH n, %s AS sortKey
					ORDER BY sortKey IS NULL, sortKey %s, %s n.id
					""".formatted(order.key, order.ascending(ascending) ? "ASC" : "DESC", order.then);
		}

		/**
		 * The entities the filter matches grouped by {@code group}: one bucket per key
		 * ({@code key}, null for the entities that have none) with how many entities hold
		 * it ({@code count}) and its cursor's {@code id}, most first, then by key, as one
		 * row of {@code total} (the buckets), {@code start} and {@code page} (PageSlices;
		 * $first, $after); an entity with several keys (two lead regions, three sources)
		 * counts once in each. Each entity comes once from {@link #matching()} and its
		 * keys are distinct ({@link #groupKeys}), so each row is one entity in one bucket
		 * and {@code count(*)} counts entities: {@code count(DISTINCT n)} would keep a
		 * set of entities per bucket, for nothing. A grouping by one kind of link over
		 * every entity is counted from the links instead ({@link #fromLinks}).
		 */
		String groupStatement(CountGroup group) {
			// Every bucket is counted and ordered in the database, which hands over one
			// page of them: grouped by MEMBER at a million entities there are hundreds
			// of thousands.
			KeyLink link = keyLink(group);
			String counted = (link != null && anchorParameter() == null && !given(this.kinds)) ? fromLinks(link)
					: matching() + """
							WITH n, %s AS keys
							UNWIND CASE WHEN size(keys) = 0 THEN [null] ELSE keys END AS key
							WITH key, count(*) AS count
							""".formatted(groupKeys(group));
			return counted
					+ """
							ORDER BY count DESC, key
							WITH collect({id: CASE WHEN key IS NULL THEN 'none' ELSE 'k:' + key END, key: key, count: count}) AS buckets
							"""
					+ PageSlices.slice("buckets");
		}

		/**
		 * The buckets of a grouping by one kind of link, counted from those links instead
		 * of from each candidate: rows of {@code key} and {@code count}, the entities
		 * without a key in the null bucket as the candidates' count
		 * ({@link #countStatement}, from the labels' counts when it can) less those with
		 * one. For a filter that neither starts from an entity nor names kinds, whose
		 * candidates are every entity: looking for a kind of link on each of them walks
		 * every link of the graph (a million entities: 2.6 s to find that none is owned),
		 * where the links of that type are read directly. The key's entity and link are
		 * named apart ({@code kg}, {@code kr}) from those the filter's own conditions
		 * name inside their subqueries.
		 */
		private String fromLinks(KeyLink link) {
			return """
					CALL () {
					%1$s}
					CALL () {
					  MATCH %2$s USING SCAN kr:%3$s
					  WHERE %4$s
					    AND %5$s
					  WITH n, collect(DISTINCT %6$s) AS keys
					  RETURN count(n) AS keyed, collect(keys) AS keyLists
					}
					CALL (keyLists) {
					  UNWIND keyLists AS keys
					  UNWIND keys AS key
					  WITH key, count(*) AS count
					  RETURN collect({key: key, count: count}) AS keyedBuckets
					}
					UNWIND keyedBuckets + CASE WHEN total > keyed THEN [{key: null, count: total - keyed}] ELSE [] END AS bucket
					WITH bucket.key AS key, bucket.count AS count
					"""
				.formatted(countStatement().indent(2), link.pattern("(n:Entity)"), link.type(), conditions(),
						link.condition(), link.key());
		}

		/**
		 * A grouping by one kind of link: the pattern from {@code n} to the key's entity
		 * {@code kg} over the link {@code kr} of {@code type}, the link's and entity's
		 * conditions, and the key.
		 */
		private record KeyLink(String template, String type, String condition, String key) {

			String pattern(String n) {
				return this.template.formatted(n);
			}

		}

		/** The grouping's link, or null when it is not by one kind of link. */
		private KeyLink keyLink(CountGroup group) {
			String entity = exists("kg");
			return switch (group) {
				case SECTOR -> new KeyLink("%s-[kr:FOCUSES_ON]->(kg:Sector)", "FOCUSES_ON",
						link("kr") + " AND " + entity, "kg.id");
				case ROLE -> new KeyLink("%s-[kr:MEMBER_OF]->(kg:Entity)", "MEMBER_OF",
						link("kr") + " AND " + role("kr") + " AND " + entity + " AND kr.role IS NOT NULL", "kr.role");
				case OWNER -> new KeyLink("(kg:Entity)-[kr:RESPONSIBLE_FOR]->%s", "RESPONSIBLE_FOR",
						link("kr") + " AND " + entity, "kg.id");
				case MEMBER -> new KeyLink("(kg:Entity)-[kr:MEMBER_OF]->%s", "MEMBER_OF",
						link("kr") + " AND " + role("kr") + " AND " + entity, "kg.id");
				case PARENT ->
					new KeyLink("%s-[kr:PART_OF]->(kg:Entity)", "PART_OF", link("kr") + " AND " + entity, "kg.id");
				default -> null;
			};
		}

		/**
		 * The keys of {@code n} in {@code group}, as a list without repeats (the grouping
		 * counts one row per key).
		 */
		String groupKeys(CountGroup group) {
			KeyLink link = keyLink(group);
			if (link != null) {
				return "COLLECT { MATCH %s WHERE %s RETURN DISTINCT %s }".formatted(link.pattern("(n)"),
						link.condition(), link.key());
			}
			return switch (group) {
				case KIND -> "[n.kind]";
				case TYPE -> "[x IN [n.type] WHERE x IS NOT NULL]";
				case STATUS -> "[x IN [n.status] WHERE x IS NOT NULL]";
				case YEAR -> "[x IN [coalesce(n.date, n.validFrom)] WHERE x IS NOT NULL | toString(x.year)]";
				case REGION -> regionsOf();
				case SOURCE -> "COLLECT { MATCH (ev:Evidence {subject: n.id}) RETURN DISTINCT ev.source }";
				default -> throw new IllegalStateException("a grouping by links: " + group);
			};
		}

		/**
		 * The regions tied to {@code n} by {@link #regionRelation}: those it is located
		 * in, those that are members of it, and those its members are located in.
		 * {@code region} is the variable of the region and {@code target} its pattern
		 * ({@code g} in {@code (g:Region)}, or the list's anchor for the filter).
		 */
		private List<String> regionPatterns(String region, String target) {
			List<String> parts = new ArrayList<>();
			if (this.regionRelation.located()) {
				parts.add("MATCH (n)-[l:LOCATED_IN]->%s WHERE %s".formatted(target,
						link("l") + " AND " + exists(region)));
			}
			if (this.regionRelation.membership()) {
				parts.add("MATCH %s-[r:MEMBER_OF]->(n) WHERE %s".formatted(target,
						link("r") + " AND " + role("r") + " AND " + exists(region)));
				parts.add("MATCH (m:Entity)-[r:MEMBER_OF]->(n) WHERE %s MATCH (m)-[l:LOCATED_IN]->%s WHERE %s"
					.formatted(link("r") + " AND " + role("r") + " AND " + exists("m"), target,
							link("l") + " AND " + exists(region)));
			}
			return parts;
		}

		/** The ids of the regions tied to {@code n}, each once, as a list expression. */
		private String regionsOf() {
			String all = String.join(" + ",
					regionPatterns("g", "(g:Region)").stream()
						.map((pattern) -> "COLLECT { " + pattern + " RETURN g.id }")
						.toList());
			return "reduce(acc = [], id IN " + all + " | CASE WHEN id IN acc THEN acc ELSE acc + id END)";
		}

		/** The filter as candidates {@code n} and the conditions they must meet. */
		String matching() {
			return anchor() + "WHERE " + conditions() + "\n";
		}

		/** The filter's conditions on a candidate {@code n}, joined by AND. */
		private String conditions() {
			List<String> conditions = new ArrayList<>(List.of(exists("n")));
			if (given(this.kinds)) {
				conditions.add("n.kind IN $kinds");
			}
			if (given(this.types)) {
				conditions.add("n.type IN $types");
			}
			if (given(this.codes)) {
				conditions.add("n.code IN $codes");
			}
			if (this.status != null) {
				conditions.add("n.status = $status");
			}
			if (this.source != null) {
				conditions.add("EXISTS { MATCH (ev:Evidence {subject: n.id}) WHERE ev.source = $source }");
			}
			boolean followsLinks = false;
			if (this.region != null) {
				conditions.add("(" + String.join(" OR ",
						regionPatterns(ANCHOR, "(" + ANCHOR + ")").stream()
							.map((pattern) -> "EXISTS { " + pattern + " }")
							.toList())
						+ ")");
				followsLinks = true;
			}
			if (this.sector != null) {
				conditions
					.add("EXISTS { MATCH (n)-[r:FOCUSES_ON]->%s WHERE %s }".formatted(named("sector"), link("r")));
				followsLinks = true;
			}
			if (this.memberOf != null) {
				conditions.add("EXISTS { MATCH (n)-[r:MEMBER_OF]->%s WHERE %s }".formatted(named("memberOf"),
						link("r") + " AND " + role("r")));
				followsLinks = true;
			}
			if (this.partOf != null) {
				conditions
					.add("EXISTS { MATCH (n)-[rs:PART_OF*1..%d]->(:Entity {id: $partOf}) WHERE all(r IN rs WHERE %s) }"
						.formatted(PART_OF_DEPTH, link("r")));
				followsLinks = true;
			}
			boolean roleFollowed = this.memberOf != null || (this.region != null && this.regionRelation.membership());
			if (this.role != null && !roleFollowed) {
				// Either end: a complex that leads a council, and a council led by a
				// member, both hold a LEAD membership.
				conditions.add("EXISTS { MATCH (n)-[r:MEMBER_OF]-(g:Entity) WHERE %s }"
					.formatted(link("r") + " AND " + role("r") + " AND " + exists("g")));
				followsLinks = true;
			}
			if (this.basis != null && !followsLinks) {
				conditions
					.add("EXISTS { MATCH (n)-[r]-(g:Entity) WHERE %s }".formatted(link("r") + " AND " + exists("g")));
			}
			return String.join("\n  AND ", conditions);
		}

		/**
		 * Where the candidates come from: the entities linked to the region, the council
		 * or the sector the filter names (the first of these it names), or else every
		 * entity. The named entity is looked up once and kept as {@value #ANCHOR}, and
		 * the condition on it follows links to that node: so a region's list costs what
		 * the region holds, not what the graph holds. The links found first are a
		 * superset of the matches; the conditions, links' dates and roles included, still
		 * decide. (Looked up inside each EXISTS instead, the named entity was found by
		 * scanning every id, for every candidate.)
		 */
		private String anchor() {
			List<String> patterns = new ArrayList<>();
			String anchor = anchorParameter();
			if (anchor == null) {
				return "MATCH (n:Entity)\n";
			}
			switch (anchor) {
				case "region" -> {
					if (this.regionRelation.located()) {
						patterns.add("MATCH (n:Entity)-[:LOCATED_IN]->(%s)");
					}
					if (this.regionRelation.membership()) {
						patterns.add("MATCH (%s)-[:MEMBER_OF]->(n:Entity)");
						patterns.add("MATCH (n:Entity)<-[:MEMBER_OF]-(:Entity)-[:LOCATED_IN]->(%s)");
					}
				}
				case "memberOf" -> patterns.add("MATCH (n:Entity)-[:MEMBER_OF]->(%s)");
				default -> patterns.add("MATCH (n:Entity)-[:FOCUSES_ON]->(%s)");
			}
			return "MATCH (%1$s:Entity {id: $%2$s})\nCALL (%1$s) {\n  %3$s\n  RETURN n\n}\nWITH DISTINCT n, %1$s\n"
				.formatted(ANCHOR, anchor, String.join("\n  RETURN n\n  UNION\n  ", patterns).replace("%s", ANCHOR));
		}

		/** The parameter of the entity the candidates start from, or null for none. */
		private String anchorParameter() {
			if (this.region != null) {
				return "region";
			}
			if (this.memberOf != null) {
				return "memberOf";
			}
			return (this.sector != null) ? "sector" : null;
		}

		/**
		 * The node pattern of the entity a filter parameter names: the anchor, already
		 * found, or a look-up.
		 */
		private String named(String parameter) {
			return parameter.equals(anchorParameter()) ? "(" + ANCHOR + ")" : "(:Entity {id: $" + parameter + "})";
		}

		/*
		 * The predicates below appear only when their filter is given: "$x IS NULL OR …"
		 * in several subqueries multiplies out in the planner (see AsOf), and a
		 * statement's text still depends only on which filters are given, not on their
		 * values.
		 */

		/**
		 * A followed link {@code r}: it holds (as of the date, or is not retired) and has
		 * the basis asked.
		 */
		private String link(String r) {
			String holds = (this.asOf == null) ? AsOf.currentUndated(r) : AsOf.current(r);
			return (this.basis != null) ? "(%1$s AND %2$s.basis = $basis)".formatted(holds, r) : holds;
		}

		/**
		 * Whether the entity {@code x} exists on the filter's date ({@link AsOf#exists}),
		 * written without the date's terms for a filter without one: the planner cannot
		 * drop them itself ($asOf is a parameter), and evaluated for every candidate and
		 * link they cost a third of a grouping's time at a million entities.
		 */
		private String exists(String x) {
			return (this.asOf == null) ? AsOf.existsUndated(x) : AsOf.exists(x);
		}

		/** A membership {@code r} of the role asked; always true when no role is. */
		private String role(String r) {
			return (this.role != null) ? "(%s.role IN $roles)".formatted(r) : "true";
		}

		private static boolean given(List<String> values) {
			return values != null && !values.isEmpty();
		}

	}

	/** What {@code counts} groups entities by; see the schema's {@code CountGroup}. */
	public enum CountGroup {

		KIND, TYPE, REGION, SECTOR, YEAR, STATUS, SOURCE, ROLE, OWNER, MEMBER, PARENT

	}

	/**
	 * Sort orders of entity lists: the sort key, its own direction and the keys that
	 * break ties before the id. CODE compares the numbers in a code one by one (1-1-2
	 * before 1-1-10, No.2 before No.10); AMOUNT is the largest money fact in won.
	 */
	public enum EntityOrder {

		NAME_KO("n.nameKo", true, ""), NAME_EN("toLower(n.nameEn)", true, ""),
		DATE("coalesce(n.date, n.validFrom)", true, "n.nameKo,"), DEGREE(degree("n"), false, "n.nameKo,"),
		CODE(naturalKey("n.code"), true, "n.code,"),
		AMOUNT("head(COLLECT { MATCH (n)-[:HAS_FACT]->(f:Fact) WHERE f.won IS NOT NULL RETURN f.won ORDER BY f.won DESC LIMIT 1 })",
				false, "n.nameKo,");

		private final String key;

		private final boolean ascending;

		private final String then;

		EntityOrder(String key, boolean ascending, String then) {
			this.key = key;
			this.ascending = ascending;
			this.then = then;
		}

		/** Whether the list goes up: as {@code asked}, or the order's own when null. */
		boolean ascending(Boolean asked) {
			return (asked != null) ? asked : this.ascending;
		}

		/**
		 * The runs of digits of a text, as a list of integers (Cypher orders lists
		 * element by element, so [1, 1, 2] comes before [1, 1, 10]); other characters
		 * only separate the numbers. Null stays null.
		 */
		private static String naturalKey(String text) {
			return """
					CASE WHEN %1$s IS NULL THEN null ELSE [x IN [reduce(acc = {parts: [], cur: null},
					  i IN range(0, size(%1$s) - 1) |
					  CASE WHEN substring(%1$s, i, 1) >= '0' AND substring(%1$s, i, 1) <= '9'
					    THEN {parts: acc.parts, cur: coalesce(acc.cur, 0) * 10 + toInteger(substring(%1$s, i, 1))}
					    ELSE {parts: acc.parts + CASE WHEN acc.cur IS NULL THEN [] ELSE [acc.cur] END, cur: null} END)]
					  | x.parts + CASE WHEN x.cur IS NULL THEN [] ELSE [x.cur] END][0] END""".formatted(text)
				.replace("\n", " ") + " ";
		}

	}

	/**
	 * A filter for an entity's links; entities asking with equal filters are batched
	 * together. {@code brief}: the page answers a selection {@link BriefSelection}
	 * allows, and carries no more; a page read brief is never given to a field that asks
	 * for more, since that field's filter is not brief and so its key differs.
	 * {@code counted}: the page's total is asked for; when it is not, a lower level's
	 * page of a hub may carry only the number of links read ({@link #hubLinks}), and is
	 * given only to fields that ask for no total, by the same reasoning.
	 */
	public record LinkFilter(List<String> types, Boolean outgoing, List<String> kinds, LocalDate asOf, int first,
			String after, boolean brief, boolean counted) {
	}

	/**
	 * One page of an entity's links, how many there are in all and where the page starts
	 * (negative when the cursor's link is no longer among them).
	 */
	public record LinkPage(long total, long start, List<Relationship> relationships) {
	}

	private static <T> Map<String, List<T>> emptyLists(Collection<String> keys) {
		Map<String, List<T>> map = new HashMap<>();
		keys.forEach((key) -> map.put(key, new ArrayList<>()));
		return map;
	}

}
