package org.innograph.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.innograph.entity.BenchAccess;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * The floor: the statements Innograph runs for each query (the same constants
 * EntityReads, SearchController, PathReads and OwnFieldsUpdates use, reached through the
 * BenchAccess classes of their packages), those of one query in one read transaction as
 * the application runs a query's reads, the mutation's committed on its own as the
 * application commits it, straight through the Java driver with no HTTP, GraphQL or
 * mapping in between. Results are fully read, as the app reads them.
 */
final class RawClient {

	// The app's own statements, so the floor cannot drift from what the app runs.
	private static final String ENTITIES = BenchAccess.ENTITIES_BY_ID;

	private static final String NEIGHBOURHOOD = BenchAccess.entityWithLinkLevels(1);

	private static final String THREE_LEVELS = BenchAccess.entityWithLinkLevels(3);

	private static final String SEARCH = org.innograph.search.BenchAccess.SEARCH;

	private static final String UPDATE = org.innograph.edit.BenchAccess.UPDATE_OWN_FIELDS;

	/** Who the floor's changes are recorded as, as the application records a token's. */
	private static final String ACTOR = "token:benchmark-floor";

	private final Driver driver;

	// Read transactions begun as the application begins a query's: BEGIN goes out with
	// the first statement.
	private final org.innograph.store.BenchAccess transactions;

	// As the application's client keeps them (BenchRunner.HttpTarget).
	private final KnownVersions versions = new KnownVersions(this::currentVersion);

	RawClient(Driver driver) {
		this.driver = driver;
		this.transactions = new org.innograph.store.BenchAccess(driver);
	}

	/**
	 * Whether its transactions begin as the application's do, BEGIN with the first
	 * statement.
	 */
	boolean pipelined() {
		return this.transactions.pipelined();
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		return this.transactions.read((tx) -> tx.run(cypher, parameters).list());
	}

	Workload.Answer entity(String id) {
		List<Record> rows = read(ENTITIES, Map.of("ids", List.of(id)));
		return new Workload.Answer(rows.size(), rows.stream().map((r) -> r.get("n").get("id").asString()).toList());
	}

	/** The entity and one page of its links, in one statement, as the app reads Q2. */
	Workload.Answer neighbours(String id, int first) {
		Map<String, Object> parameters = BenchAccess.firstPages(id, first);
		List<Record> rows = read(NEIGHBOURHOOD, parameters);
		Page page = rows.isEmpty() ? null : pages(rows.get(0).get("level1").values()).get(id);
		return (page != null) ? new Workload.Answer(page.total(), page.ids()) : new Workload.Answer(0, List.of());
	}

	/** How many links an entity has and the other ends of one page of them. */
	private record Page(long total, List<String> ids) {
	}

	/**
	 * Pages by entity id from rows or maps of {@code id}, {@code total}, {@code page}.
	 */
	private static Map<String, Page> pages(Iterable<? extends org.neo4j.driver.types.MapAccessor> rows) {
		Map<String, Page> pages = new HashMap<>();
		for (org.neo4j.driver.types.MapAccessor row : rows) {
			String id = row.get("id").asString();
			List<String> others = new ArrayList<>();
			for (Value link : row.get("page").values()) {
				others.add(link.get("other").get("id").asString());
			}
			pages.put(id, new Page(row.get("total").asLong(), others));
		}
		return pages;
	}

	/**
	 * The entity with its three levels of neighbours in one statement, as the app reads
	 * an entity whose query nests {@code neighbors}.
	 */
	Workload.Answer threeLevels(String id) {
		List<Record> rows = read(THREE_LEVELS, BenchAccess.firstPages(id, 10, 5, 3));
		if (rows.isEmpty()) {
			return new Workload.Answer(0, List.of());
		}
		Page first = pages(rows.get(0).get("level1").values()).get(id);
		List<String> level3 = pages(rows.get(0).get("level3").values()).values()
			.stream()
			.flatMap((page) -> page.ids().stream())
			.toList();
		return new Workload.Answer((first != null) ? first.ids().size() : 0, level3);
	}

	Workload.Answer list(String region, int offset, int first) {
		BenchAccess.ListStatements statements = BenchAccess.list(List.of("Organization"), region);
		Map<String, Object> parameters = new HashMap<>(statements.parameters());
		long total = read(statements.count(), parameters).get(0).get("total").asLong();
		parameters.put("offset", offset);
		parameters.put("first", first);
		List<String> ids = read(statements.page(), parameters).stream()
			.map((r) -> r.get("n").get("id").asString())
			.toList();
		return new Workload.Answer(total, ids);
	}

	/**
	 * A count alone: the application skips the page statement when only
	 * {@code totalCount} is asked.
	 */
	Workload.Answer count(String kind) {
		BenchAccess.ListStatements statements = BenchAccess.list(List.of(kind), null);
		long total = read(statements.count(), statements.parameters()).get(0).get("total").asLong();
		return new Workload.Answer(total, List.of());
	}

	/**
	 * Q8's floor: the application's own update statement ({@code edit.OwnFieldsUpdates},
	 * the version check, the write and the history record of the record before and
	 * after), in an auto-commit transaction as the application runs it
	 * ({@code store.SingleStatementWrites}). Like the application's client, it sends the
	 * version it read last for the entity (read before each slice,
	 * {@link #refreshVersions}, or given by its last update), one request per entity at a
	 * time, and reads the version again when its update did not apply.
	 */
	Workload.Answer updateNote(String id, String note) {
		Record row = this.versions.update(id, (expected) -> {
			try (Session session = this.driver.session()) {
				return session
					.run(UPDATE, org.innograph.edit.BenchAccess.noteUpdate(id, expected, note, ACTOR),
							TransactionConfig.builder().withTimeout(org.innograph.edit.BenchAccess.TIMEOUT).build())
					.list()
					.stream()
					.filter((r) -> r.get("applied").asBoolean())
					.findFirst()
					.orElse(null);
			}
		}, (applied) -> (applied != null) ? OptionalLong.of(applied.get("version").asLong()) : OptionalLong.empty());
		return (row != null)
				? new Workload.Answer(row.get("version").asLong(), List.of(row.get("n").get("id").asString()))
				: new Workload.Answer(0, List.of());
	}

	/**
	 * Reads afresh the versions of the entities {@code ids}, forgetting the others:
	 * another target's updates raise them ({@link KnownVersions#refresh}).
	 */
	void refreshVersions(Collection<String> ids) {
		this.versions.refresh(ids);
	}

	private long currentVersion(String id) {
		List<Record> rows = read("MATCH (n:Entity {id: $id}) RETURN coalesce(n.version, 0) AS version",
				Map.of("id", id));
		if (rows.isEmpty()) {
			throw new IllegalStateException("no entity " + id);
		}
		return rows.get(0).get("version").asLong();
	}

	Workload.Answer search(String text) {
		List<Map<String, Object>> rows = read(SEARCH, org.innograph.search.BenchAccess.parameters(text)).stream()
			.map(Record::asMap)
			.toList();
		org.innograph.search.BenchAccess.Ranked ranked = org.innograph.search.BenchAccess.rank(text, rows);
		List<String> ids = ranked.ids();
		return new Workload.Answer(ids.size(), ids.subList(0, Math.min(20, ids.size())), ranked.complete());
	}

	Workload.Answer connections(String from, String to, int maxHops) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("asOf", null);
		parameters.put("first", 1);
		parameters.put("types",
				java.util.Arrays.stream(org.innograph.graph.RelationshipType.values()).map(Enum::name).toList());
		// As the app does by default: not through regions and sectors; paths of stated
		// links first, then any path, both searches in the first statement.
		parameters.put("throughHubs", false);
		parameters.put("statedOnly", false);
		List<Record> first = read(org.innograph.paths.BenchAccess.firstChains(4, maxHops), parameters);
		if (first.isEmpty()) {
			// As the app does: whether both ends exist is asked only when the first
			// statement has no row.
			read(ENTITIES, Map.of("ids", List.of(from, to)));
			return new Workload.Answer(0, List.of());
		}
		List<Value> stated = first.get(0).get("stated").asList((v) -> v);
		List<Value> chains = stated.isEmpty() ? first.get(0).get("chains").asList((v) -> v) : stated;
		// With first = 1 the page never wants longer chains: no k-shortest search.
		if (chains.isEmpty()) {
			return new Workload.Answer(0, List.of());
		}
		List<String> ids = chains.get(0)
			.get("nodes")
			.asList((v) -> v)
			.stream()
			.map((n) -> n.get("id").asString())
			.toList();
		return new Workload.Answer(ids.size() - 1, ids);
	}

}
