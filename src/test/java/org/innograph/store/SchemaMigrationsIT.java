package org.innograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.graph.RelationshipType;
import org.innograph.graph.SearchNames;
import org.innograph.seed.SeedProperties;
import org.innograph.seed.SeedStep;
import org.innograph.store.migrations.V010__Fill_in_name_grams;
import org.innograph.support.GraphSnapshot;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Schema migrations against a database of their own (they drop and create indexes, which
 * the shared test database's other users rely on): a store left by the previous release
 * is adopted and upgraded with its data intact, a changed index definition under the same
 * name is really applied, a second run changes nothing, an edited or removed applied
 * migration stops the start, a fresh store gets every migration, two instances starting
 * together apply each migration once, and a store holding exactly the application's
 * migrations is recognised in one read.
 */
class SchemaMigrationsIT {

	/** A test-only V999 that redefines {@code entity_names} under the same name. */
	private static final String REDEFINE = "classpath:neo4j/test-migrations/redefine";

	/** The same V999, edited after it ran. */
	private static final String REDEFINE_EDITED = "classpath:neo4j/test-migrations/redefine-edited";

	private static final String PREVIOUS_RELEASE_SCHEMA = "/neo4j/previous-release/schema.cypher";

	/**
	 * The indexes added since: V003 for search (words of names, texts, codes), V005
	 * (proposal ids), V006 (exact and prefix name keys), V007 (retired entities), V009
	 * (Korean names in order), V011 (the pieces of names).
	 */
	private static final List<String> NEW_SINCE_THE_PREVIOUS_RELEASE = List.of(GraphSchema.NAME_WORDS_INDEX,
			GraphSchema.TEXT_INDEX, "entity_code", "proposal_id", GraphSchema.NAME_KEYS_INDEX, "entity_retired",
			"entity_name_ko", GraphSchema.NAME_GRAMS_INDEX);

	private static java.nio.file.Path home;

	private static EmbeddedNeo4j database;

	private static Driver driver;

	private static Neo4jClient client;

	@BeforeAll
	static void startADatabaseOfTheirOwn() {
		home = TestDatabase.temporaryDirectory("innograph-migrations");
		database = EmbeddedNeo4j.start(home, 0, "64m", Duration.ofSeconds(300));
		driver = GraphDatabase.driver(database.boltUri(), database.credentials().authToken());
		client = Neo4jClient.create(driver);
	}

	@AfterAll
	static void stopIt() {
		driver.close();
		database.close();
		FileSystemUtils.deleteRecursively(home.toFile());
	}

	@BeforeEach
	void startEmpty() {
		client.query("MATCH (n) DETACH DELETE n").run();
		for (String name : names("SHOW CONSTRAINTS YIELD name RETURN name")) {
			client.query("DROP CONSTRAINT `" + name + "`").run();
		}
		for (String name : names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
			client.query("DROP INDEX `" + name + "`").run();
		}
		assertThat(schema()).isEmpty();
	}

	@Test
	void upgradesAStoreMadeByThePreviousReleaseWithItsDataIntact() {
		makeAStoreAsThePreviousReleaseLeftIt(true);
		// An entity that release retired: a property only.
		client.query("MATCH (n:Entity {id: 'org:kasi'}) SET n.retired = true").run();
		GraphSnapshot data = GraphSnapshot.take(client);
		assertThat(data.entities()).isGreaterThan(400);
		Map<String, String> oldSchema = schema();
		assertThat(fullTextProperties()).containsExactly("nameKo", "nameEn", "searchText");
		String word = bigramOnlyInDescriptions();
		assertThat(fullTextMatches(word)).as("the old definition does not search descriptions: " + word).isZero();
		// What the hashed IF NOT EXISTS step did with a changed definition: nothing,
		// silently.
		client.query("""
				CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
				FOR (n:Entity) ON EACH [n.nameKo, n.nameEn, n.searchText, n.descriptionKo, n.descriptionEn]
				OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }""").run();
		assertThat(fullTextProperties()).containsExactly("nameKo", "nameEn", "searchText");

		SchemaMigrations.Outcome outcome = new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE)
			.apply();

		assertThat(outcome.applied()).containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009",
				"010", "011", "999");
		assertThat(outcome.version()).isEqualTo("999");
		List<SchemaMigrations.Applied> chain = new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE)
			.applied();
		assertThat(chain).extracting(SchemaMigrations.Applied::version)
			.containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011", "999");
		assertThat(chain).extracting(SchemaMigrations.Applied::description)
			.containsExactly("Baseline constraints and indexes", "Retire the schema hash",
					"Search words texts and codes", "Fill in name words", "Unique proposal ids",
					"Exact and prefix name keys", "Retired entities", "Retired entity label", "Korean name order",
					"Fill in name grams", "Name grams", "Search descriptions too");
		assertThat(chain).allSatisfy((applied) -> {
			// A Cypher file has a checksum; a Java migration (004, 010) has none to
			// record.
			if (!List.of("004", "010").contains(applied.version())) {
				assertThat(applied.checksum()).isNotBlank();
			}
			assertThat(applied.appliedAt()).isNotNull();
		});

		// V004 gave every entity the words of its names (cut by Nori in the
		// application); apart from them, the graph is untouched.
		assertThat(count("MATCH (n:Entity) WHERE n.nameWords IS NULL RETURN count(n)")).isZero();
		assertThat(client.query("MATCH (n:Entity {id: 'org:kari'}) RETURN n.nameWords")
			.fetchAs(String.class)
			.one()
			.orElseThrow()).contains("항공", "우주", "kari");
		// V006 indexes the names the previous release already stored: an exact name and a
		// prefix are found by the keys, without any data change.
		assertThat(client.query("""
				CALL db.index.fulltext.queryNodes($index, '"한국항공우주연구원"') YIELD node RETURN node.id""")
			.bind(GraphSchema.NAME_KEYS_INDEX)
			.to("index")
			.fetchAs(String.class)
			.all()).containsExactly("org:kari");
		assertThat(client.query("CALL db.index.fulltext.queryNodes($index, '한국항공우주*') YIELD node RETURN node.id")
			.bind(GraphSchema.NAME_KEYS_INDEX)
			.to("index")
			.fetchAs(String.class)
			.all()).contains("org:kari");
		// V010 gave every entity the pieces of its names, by the application's rule,
		// and V011 finds an entity by any one of them.
		assertThat(count("MATCH (n:Entity) WHERE n.nameGrams IS NULL RETURN count(n)")).isZero();
		assertThat(strings("MATCH (n:Entity {id: 'org:kari'}) RETURN n.nameGrams"))
			.isEqualTo(SearchNames.grams(strings("MATCH (n:Entity {id: 'org:kari'}) RETURN n.names")))
			.contains("항", "항공", "k", "ka")
			.doesNotContain(" ");
		assertThat(client.query("CALL db.index.fulltext.queryNodes($index, '\"항공\"') YIELD node RETURN node.id")
			.bind(GraphSchema.NAME_GRAMS_INDEX)
			.to("index")
			.fetchAs(String.class)
			.all()).contains("org:kari")
			.containsExactlyInAnyOrderElementsOf(
					names("MATCH (n:Entity) WHERE n.searchText CONTAINS '항공' RETURN n.id"));
		client.query("MATCH (n:Entity) REMOVE n.nameWords, n.nameGrams").run();
		assertThat(GraphSnapshot.take(client)).as("the graph itself is untouched").isEqualTo(data);
		assertThat(names("MATCH (n:Retired) RETURN n.id")).as("V008 labels the retired entities, only them")
			.containsExactly("org:kasi");
		assertThat(count("MATCH (s:SeedState) RETURN count(s)")).as("so the seed is not loaded again").isEqualTo(1);
		assertThat(count("MATCH (s:SchemaState) RETURN count(s)")).as("the old hash is gone").isZero();

		// The index that changed under the same name has its new definition, and answers
		// by it: a word taken
		// from a description (a Korean bigram, which the cjk analyser indexes) now finds
		// its entity.
		assertThat(fullTextProperties()).containsExactly("nameKo", "nameEn", "searchText", "descriptionKo",
				"descriptionEn");
		assertThat(fullTextMatches(word)).as(word).isPositive();
		Map<String, String> newSchema = schema();
		oldSchema.remove(GraphSchema.NAME_INDEX);
		newSchema.remove(GraphSchema.NAME_INDEX);
		assertThat(newSchema).containsKeys(NEW_SINCE_THE_PREVIOUS_RELEASE.toArray(String[]::new));
		NEW_SINCE_THE_PREVIOUS_RELEASE.forEach(newSchema::remove);
		assertThat(newSchema).as("everything else as it was").isEqualTo(oldSchema);
	}

	@Test
	void thePiecesOfNamesAreFilledInBatchByBatchAndOnlyWhereMissing() {
		makeAStoreAsThePreviousReleaseLeftIt(true);
		client.query("MATCH (n:Entity {id: 'org:kasi'}) SET n.nameGrams = ['x']").run();

		try (Session session = driver.session()) {
			// Batches of 7 cross hundreds of boundaries on the seed.
			new V010__Fill_in_name_grams(7).fill(session);
		}

		try (Session session = driver.session()) {
			List<org.neo4j.driver.Record> rows = session
				.run("MATCH (n:Entity) RETURN n.id AS id, n.names AS names, n.nameGrams AS grams")
				.list();
			assertThat(rows).hasSizeGreaterThan(400);
			for (org.neo4j.driver.Record row : rows) {
				List<String> grams = row.get("grams").asList(Value::asString, null);
				if (row.get("id").asString().equals("org:kasi")) {
					assertThat(grams).as("an entity that had them keeps them").containsExactly("x");
				}
				else {
					assertThat(grams).as(row.get("id").asString())
						.isEqualTo(SearchNames.grams(row.get("names").asList(Value::asString)));
				}
			}
		}
	}

	@Test
	void runningAgainChangesNothing() {
		makeAStoreAsThePreviousReleaseLeftIt(false);
		SchemaMigrations migrations = new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE);
		migrations.apply();
		List<SchemaMigrations.Applied> chain = migrations.applied();
		Map<String, String> schema = schema();

		SchemaMigrations.Outcome again = migrations.apply();

		assertThat(again.applied()).isEmpty();
		assertThat(again.version()).isEqualTo("999");
		assertThat(migrations.applied()).as("same records, same times").isEqualTo(chain);
		assertThat(schema()).isEqualTo(schema);
	}

	@Test
	void aStoreHoldingExactlyTheApplicationsMigrationsIsRecognisedInOneRead() {
		SchemaMigrations withV999 = new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE);
		assertThat(withV999.inPlace().version()).as("an empty store").isEmpty();
		SchemaMigrations withoutV999 = new SchemaMigrations(driver, "");
		withoutV999.apply();
		assertThat(withoutV999.inPlace().version()).contains("011");
		assertThat(withV999.inPlace().version()).as("V999 pending").isEmpty();

		withV999.apply();

		assertThat(withV999.inPlace().version()).contains("999");
		// It expects the checksums the library recorded as it applied them.
		Map<String, String> recorded = new TreeMap<>();
		withV999.applied().forEach((applied) -> recorded.put(applied.version(), applied.checksum()));
		assertThat(new TreeMap<>(withV999.inPlace().expected().orElseThrow())).isEqualTo(recorded);
		assertThat(withoutV999.inPlace().version()).as("V999 applied, then gone from the application").isEmpty();
		assertThat(new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE_EDITED).inPlace().version())
			.as("V999 edited since it was applied")
			.isEmpty();
		client.query("MATCH (m:__Neo4jMigration {version: '005'}) SET m.checksum = '1'").run();
		assertThat(withV999.inPlace().version()).as("a recorded checksum that differs").isEmpty();
	}

	@Test
	void aStartOnAStoreThatIsUpToDateReadsTheChainAndTheIndexesOnly() {
		new SchemaMigrations(driver, "").apply();
		AtomicInteger sessions = new AtomicInteger();
		Driver counting = (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(),
				new Class<?>[] { Driver.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("session")) {
						sessions.incrementAndGet();
					}
					try {
						return method.invoke(driver, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});

		SchemaMigrations.Outcome again = new SchemaMigrations(counting, "").apply();

		assertThat(again.applied()).isEmpty();
		assertThat(again.version()).isEqualTo("011");
		assertThat(sessions).as("one session for the chain, one for the indexes").hasValue(2);

		sessions.set(0);
		SchemaMigrations.Outcome pending = new SchemaMigrations(counting, "", SchemaMigrations.LOCATION, REDEFINE)
			.apply();

		assertThat(pending.applied()).containsExactly("999");
		assertThat(sessions).as("the library's check and apply").hasValueGreaterThan(2);
	}

	@Test
	void anAppliedMigrationThatWasEditedStopsTheStartAndChangesNothing() {
		new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE).apply();
		Map<String, String> schema = schema();
		GraphPreparation preparation = preparation(
				new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE_EDITED));
		try {
			Throwable refused = catchThrowable(preparation::prepare);

			assertThat(refused).isInstanceOf(SchemaMigrationException.class)
				.hasMessageContaining(
						"V999 (Search descriptions too) has changed since it was applied to this database")
				.hasMessageContaining("must not be edited");
			assertThat(preparation.health().getStatus().getCode()).isEqualTo("DOWN");
			assertThat(preparation.health().getDetails().get("reason").toString()).contains("V999");
			assertThat(schema()).isEqualTo(schema);
			assertThat(fullTextProperties()).contains("descriptionEn");
		}
		finally {
			preparation.destroy();
		}
	}

	@Test
	void anAppliedMigrationThatIsGoneStopsTheStart() {
		new SchemaMigrations(driver, "", SchemaMigrations.LOCATION, REDEFINE).apply();

		Throwable refused = catchThrowable(() -> new SchemaMigrations(driver, "").apply());

		assertThat(refused).isInstanceOf(SchemaMigrationException.class)
			.hasMessageContaining("V999 (Search descriptions too) was applied to this database but the application "
					+ "no longer has it");
	}

	@Test
	void aFreshStoreGetsEveryMigrationAndTheSchemaOfThePreviousRelease() {
		SchemaMigrations migrations = new SchemaMigrations(driver, "");

		SchemaMigrations.Outcome outcome = migrations.apply();

		assertThat(outcome.applied()).containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009",
				"010", "011");
		assertThat(migrations.applied()).extracting(SchemaMigrations.Applied::version)
			.containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011");
		Map<String, String> fresh = schema();
		assertThat(fresh).containsKeys(NEW_SINCE_THE_PREVIOUS_RELEASE.toArray(String[]::new));
		NEW_SINCE_THE_PREVIOUS_RELEASE.forEach(fresh::remove);
		for (RelationshipType type : RelationshipType.values()) {
			assertThat(fresh).containsKey("rel_%s_id".formatted(type.name().toLowerCase()));
		}
		assertThat(fullTextProperties()).containsExactly("nameKo", "nameEn", "searchText");
		assertThat(GraphSchema.apply(driver)).as("the entry point for tools: nothing left to apply").isZero();

		startEmpty();
		makeAStoreAsThePreviousReleaseLeftIt(false);
		assertThat(fresh).as("the baseline is the previous release's schema").isEqualTo(schema());
	}

	@Test
	void twoInstancesStartingTogetherApplyEachMigrationOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			List<Future<SchemaMigrations.Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				SchemaMigrations migrations = new SchemaMigrations(driver, "");
				outcomes.add(instances.submit(() -> {
					start.await();
					return migrations.apply();
				}));
			}
			start.countDown();
			List<String> applied = new ArrayList<>();
			int refused = 0;
			for (Future<SchemaMigrations.Outcome> outcome : outcomes) {
				try {
					applied.addAll(outcome.get(5, TimeUnit.MINUTES).applied());
				}
				catch (ExecutionException ex) {
					// The one that finds the other's lock gives way and is tried again,
					// like an unreachable database.
					assertThat(ex.getCause()).isNotInstanceOf(SchemaMigrationException.class);
					assertThat(ex.getCause()).hasMessageContaining("__Neo4jMigrationsLock");
					refused++;
				}
			}
			System.out.printf("SchemaMigrationsIT: two instances at once: %d gave way to the other's lock%n", refused);
			assertThat(applied).as("each migration applied by one of them")
				.containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011");
			assertThat(new SchemaMigrations(driver, "").applied()).extracting(SchemaMigrations.Applied::version)
				.containsExactly("001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011");
			assertThat(new SchemaMigrations(driver, "").apply().applied()).as("the next try has nothing to do")
				.isEmpty();
		}
		finally {
			instances.shutdownNow();
		}
	}

	/**
	 * What Innograph 0.1.0 left in a database: its constraints and indexes (the frozen
	 * list in the test resources), the {@code SchemaState} node with the hash of that
	 * list, and, if {@code withSeed}, the seed.
	 */
	private static void makeAStoreAsThePreviousReleaseLeftIt(boolean withSeed) {
		List<String> statements = previousReleaseStatements();
		assertThat(statements).hasSize(16 + RelationshipType.values().length);
		for (String statement : statements) {
			client.query(statement).run();
		}
		client.query("CALL db.awaitIndexes(300)").run();
		String hash = Integer.toHexString(String.join("\n", statements).hashCode());
		client.query("MERGE (s:SchemaState {id: 'schema'}) SET s.hash = $hash, s.appliedAt = datetime()")
			.bind(hash)
			.to("hash")
			.run();
		if (withSeed) {
			TransactionTemplate transactions = new TransactionTemplate(new Neo4jTransactionManager(driver));
			transactions.setTimeout(120);
			new SeedStep(new SeedProperties(true, "classpath:graph-seed/"), client, transactions).run();
			// Today's loader writes the words and the pieces of names; the previous
			// release did not.
			client.query("MATCH (n:Entity) REMOVE n.nameWords, n.nameGrams").run();
		}
	}

	private static List<String> previousReleaseStatements() {
		try (InputStream in = SchemaMigrationsIT.class.getResourceAsStream(PREVIOUS_RELEASE_SCHEMA)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			StringBuilder code = new StringBuilder();
			text.lines().filter((line) -> !line.startsWith("//")).forEach((line) -> code.append(line).append('\n'));
			return Arrays.stream(code.toString().split(";\n")).filter((s) -> !s.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The graph's indexes and constraints by name, each with what defines it; the
	 * migration records' own left out.
	 */
	private static Map<String, String> schema() {
		Map<String, String> schema = new TreeMap<>();
		// A constraint and the index that backs it share a name: both definitions go
		// under it.
		for (String show : List.of("""
				SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, owningConstraint
				WHERE type <> 'LOOKUP'
				RETURN name, [type, entityType, labelsOrTypes, properties, options.indexProvider,
					options.indexConfig['fulltext.analyzer'], owningConstraint IS NOT NULL] AS definition""", """
				SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
				RETURN name, [type, entityType, labelsOrTypes, properties] AS definition""")) {
			try (Session session = driver.session()) {
				session.run(show)
					.list()
					.stream()
					.filter((row) -> !(row.get("name").asString() + row.get("definition").get(2))
						.contains("__Neo4jMigration"))
					.forEach((row) -> schema.merge(row.get("name").asString(), row.get("definition").toString(),
							(a, b) -> (a.compareTo(b) < 0) ? a + " " + b : b + " " + a));
			}
		}
		return schema;
	}

	private static List<String> fullTextProperties() {
		try (Session session = driver.session()) {
			return session
				.run("SHOW INDEXES YIELD name, properties WHERE name = $name RETURN properties",
						Map.of("name", GraphSchema.NAME_INDEX))
				.single()
				.get("properties")
				.asList(Value::asString);
		}
	}

	/**
	 * A two-syllable Korean word that some description holds and no name or search text
	 * does.
	 */
	private static String bigramOnlyInDescriptions() {
		List<String> descriptions = names("""
				MATCH (n:Entity) WHERE n.descriptionKo IS NOT NULL RETURN n.descriptionKo AS name""");
		List<String> names = names("""
				MATCH (n:Entity) RETURN coalesce(n.nameKo, '') + ' ' + coalesce(n.nameEn, '') + ' '
					+ coalesce(n.searchText, '') AS name""");
		String all = String.join(" ", names);
		for (String description : descriptions) {
			for (String word : description.split("[^가-힣]+")) {
				if (word.length() == 2 && !all.contains(word)) {
					return word;
				}
			}
		}
		throw new AssertionError("no description word that names lack");
	}

	private static long fullTextMatches(String word) {
		return client.query("CALL db.index.fulltext.queryNodes($index, $word) YIELD node RETURN count(node)")
			.bind(GraphSchema.NAME_INDEX)
			.to("index")
			.bind(word)
			.to("word")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private static List<String> names(String query) {
		return new ArrayList<>(client.query(query).fetchAs(String.class).all());
	}

	/** The list of strings in the one row and column a query returns. */
	private static List<String> strings(String query) {
		try (Session session = driver.session()) {
			return session.run(query).single().get(0).asList(Value::asString);
		}
	}

	private static long count(String query) {
		return client.query(query).fetchAs(Long.class).one().orElseThrow();
	}

	private static GraphPreparation preparation(SchemaMigrations migrations) {
		GraphStoreProperties properties = new GraphStoreProperties("", Duration.ofMinutes(10), Duration.ofSeconds(10),
				3, Duration.ofMillis(50), Duration.ofMillis(200));
		// No further steps: the schema alone is under test.
		return new GraphPreparation(migrations, List.of(), properties, URI.create("bolt://test"));
	}

}
