package org.innograph.store;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.ResourceContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * Tells, with one read statement, whether a store already holds exactly the application's
 * migrations: the same versions, each with the checksum the library computes for it, and
 * nothing else. That is what almost every start finds, and the library's own check of it
 * runs several statements (server details, procedures, the lock, the chain three times),
 * each planned for the first time by a database that has just started: 9–11 s of a start
 * on two shared cores, against 6–8 s for this one statement (most of it the first
 * statement's cost, whichever it is: a {@code RETURN 1} took 4.5 s).
 * <p>
 * It only ever says "nothing to do". Anything it cannot match (a migration applied or
 * edited since, a pending one, a chain for another target database, a file that is not a
 * plain versioned Cypher migration) leaves the decision to the library, which applies,
 * refuses or explains as before.
 */
final class MigrationsInPlace {

	/**
	 * The chain of applied migrations as the library records it (from its
	 * {@code BASELINE} node along {@code MIGRATED_TO}), for the default target (no
	 * {@code migrationTarget}: no separate schema database is configured).
	 */
	private static final String RECORDED_CHAIN = """
			MATCH p = (b:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO*]->(l:__Neo4jMigration)
			WHERE b.migrationTarget IS NULL AND NOT (l)-[:MIGRATED_TO]->(:__Neo4jMigration)
			RETURN [n IN tail(nodes(p)) | [n.version, coalesce(n.checksum, '')]] AS applied""";

	private static final String CLASSPATH = "classpath:";

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final MigrationsConfig config;

	private final List<String> locations;

	private final List<JavaBasedMigration> javaMigrations;

	MigrationsInPlace(Driver driver, SessionConfig sessionConfig, MigrationsConfig config, List<String> locations,
			List<JavaBasedMigration> javaMigrations) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
		this.config = config;
		this.locations = List.copyOf(locations);
		this.javaMigrations = List.copyOf(javaMigrations);
	}

	/**
	 * The store's version when it holds exactly the application's migrations; empty when
	 * the library must decide.
	 */
	Optional<String> version() {
		Optional<Map<String, String>> expected = expected();
		if (expected.isEmpty()) {
			return Optional.empty();
		}
		List<Record> chains;
		// A write transaction, though it only reads: in a cluster it runs on the
		// leader, where no migration applied since can be missing yet.
		try (Session session = this.driver.session(this.sessionConfig)) {
			chains = session.executeWrite((tx) -> tx.run(RECORDED_CHAIN).list());
		}
		if (chains.size() != 1) {
			return Optional.empty();
		}
		Map<String, String> recorded = new HashMap<>();
		String last = null;
		for (Value migration : chains.get(0).get("applied").values()) {
			last = migration.get(0).asString("");
			if (recorded.put(last, migration.get(1).asString("")) != null) {
				return Optional.empty();
			}
		}
		return recorded.equals(expected.get()) ? Optional.ofNullable(last) : Optional.empty();
	}

	/**
	 * Version to checksum of each of the application's migrations, as the library
	 * computes them from the same configuration; empty when a location or file is of a
	 * kind this check does not read.
	 */
	Optional<Map<String, String>> expected() {
		Map<String, String> expected = new HashMap<>();
		for (String location : this.locations) {
			if (!location.startsWith(CLASSPATH)) {
				return Optional.empty();
			}
			List<URL> files = new MigrationFiles().scan(List.of(location.substring(CLASSPATH.length())));
			for (URL file : files) {
				String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
				if (!name.startsWith("V") || !name.endsWith(".cypher") || !MigrationVersion.canParse(name)) {
					return Optional.empty();
				}
				String checksum = CypherResource.of(ResourceContext.of(file, this.config)).getChecksum();
				if (expected.put(MigrationVersion.parse(name).getValue(), checksum) != null) {
					return Optional.empty();
				}
			}
		}
		for (JavaBasedMigration migration : this.javaMigrations) {
			if (expected.put(migration.getVersion().getValue(), migration.getChecksum().orElse("")) != null) {
				return Optional.empty();
			}
		}
		return Optional.of(expected);
	}

}
