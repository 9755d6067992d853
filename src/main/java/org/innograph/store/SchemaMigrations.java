package org.innograph.store;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationChain.ChainBuilderMode;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import ac.simons.neo4j.migrations.core.ValidationResult;
import org.innograph.store.migrations.V004__Fill_in_name_words;
import org.innograph.store.migrations.V010__Fill_in_name_grams;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * The graph's constraints and indexes as versioned migrations ({@code V001__*.cypher}
 * under {@value #LOCATION}, and the Java ones of {@link #JAVA_MIGRATIONS} where a data
 * migration needs the application's code), applied by neo4j-migrations: each once, in
 * version order, recorded in the database (a chain of {@code :__Neo4jMigration} nodes
 * with version, description, checksum and when it ran), under a lock node so two
 * instances starting together do not both apply them.
 */
public final class SchemaMigrations {

	/** Where the application's migrations live on the classpath. */
	public static final String LOCATION = "classpath:neo4j/migrations";

	/**
	 * The application's Java migrations, for data migrations that need its own code (V004
	 * cuts Korean words), listed rather than found by scanning the classpath (see
	 * {@link MigrationFiles}); {@code SchemaMigrationsTests} fails when one in
	 * {@code org.innograph.store.migrations} is missing here.
	 */
	static final List<Class<? extends JavaBasedMigration>> JAVA_MIGRATIONS = List.of(V004__Fill_in_name_words.class,
			V010__Fill_in_name_grams.class);

	/** How long a start waits for new indexes to fill before it goes on without them. */
	static final Duration INDEX_WAIT = Duration.ofMinutes(10);

	private static final Logger logger = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Driver driver;

	private final String database;

	private final Migrations migrations;

	private final MigrationsInPlace inPlace;

	/**
	 * The application's migrations, in {@code database} (blank: the server's default).
	 */
	public SchemaMigrations(Driver driver, String database) {
		this(driver, database, LOCATION);
	}

	/**
	 * Migrations from other classpath locations as well, merged in version order: for
	 * tests.
	 */
	public SchemaMigrations(Driver driver, String database, String... locations) {
		// One instance of each, for the library and for the check of a store in place.
		List<JavaBasedMigration> javaMigrations = JAVA_MIGRATIONS.stream().map(SchemaMigrations::instance).toList();
		MigrationsConfig.Builder config = MigrationsConfig.builder()
			.withLocationsToScan(locations)
			.withResourceScanner(new MigrationFiles())
			.withMigrationClassesDiscoverer((context) -> javaMigrations)
			// The same checksum for a file checked out with CRLF line ends as with LF.
			.withAutocrlf(true)
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION);
		if (StringUtils.hasText(database)) {
			config.withDatabase(database);
		}
		MigrationsConfig built = config.build();
		this.driver = driver;
		this.database = database;
		this.migrations = new Migrations(built, driver);
		this.inPlace = new MigrationsInPlace(driver, sessionConfig(), built, List.of(locations), javaMigrations);
	}

	private static JavaBasedMigration instance(Class<? extends JavaBasedMigration> type) {
		try {
			return type.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot create the migration " + type.getName(), ex);
		}
	}

	/**
	 * What one run did: the versions it applied (none when the store was up to date) and
	 * the store's version.
	 */
	public record Outcome(List<String> applied, String version) {
	}

	/** One migration the database records as applied. */
	public record Applied(String version, String description, String checksum, ZonedDateTime appliedAt) {
	}

	/**
	 * Applies the pending migrations. A migration that was applied and has changed since,
	 * or one that the database records but the application no longer has, stops here with
	 * a {@link SchemaMigrationException} before anything runs; so does a migration that
	 * fails. Connection problems and another instance holding the lock pass through as
	 * they are: trying again later can help with those. A store that already holds
	 * exactly the application's migrations is recognised with one read
	 * ({@link MigrationsInPlace}) and left as it is.
	 */
	public Outcome apply() {
		long started = System.nanoTime();
		Optional<String> inPlace = this.inPlace.version();
		if (inPlace.isPresent()) {
			awaitIndexesOnline();
			logger.info("Graph schema is up to date at version {} (checked in {} ms)", inPlace.get(),
					(System.nanoTime() - started) / 1_000_000);
			return new Outcome(List.of(), inPlace.get());
		}
		try {
			refuseAChangedHistory();
			List<String> before = versions(this.migrations.info(ChainBuilderMode.REMOTE));
			this.migrations.apply();
			MigrationChain after = this.migrations.info(ChainBuilderMode.REMOTE);
			List<String> applied = new ArrayList<>(versions(after));
			applied.removeAll(before);
			String version = after.getLastAppliedVersion().map(MigrationVersion::getValue).orElse("none");
			// Always, not only after a migration ran: a start cut off while an index
			// filled finds the migration recorded on its next try, and the index still
			// filling.
			awaitIndexesOnline();
			if (applied.isEmpty()) {
				logger.info("Graph schema is up to date at version {} (checked in {} ms)", version,
						(System.nanoTime() - started) / 1_000_000);
			}
			else {
				logger.info("Graph schema migrated to version {}: applied {} in {} ms", version, applied,
						(System.nanoTime() - started) / 1_000_000);
			}
			return new Outcome(List.copyOf(applied), version);
		}
		catch (MigrationsException ex) {
			if (worthAnotherTry(ex)) {
				throw ex;
			}
			throw new SchemaMigrationException("The graph schema could not be migrated: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Waits until every index is online, asking in short transactions. A new index fills
	 * in the background (V006 over a million names takes minutes on a busy machine); one
	 * long {@code db.awaitIndexes} would be cut off by the database's transaction
	 * timeout, and the service would start with an index every search then waits for.
	 * After {@link #INDEX_WAIT} the start goes on and says so; a FAILED index stops it.
	 */
	private void awaitIndexesOnline() {
		long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
		long nextLog = 0;
		// A new index on a small graph is online within milliseconds: the first looks
		// are quick, then every half second for those that fill for minutes.
		long pause = 20;
		while (true) {
			List<org.neo4j.driver.Record> pending;
			try (Session session = this.driver.session(sessionConfig())) {
				pending = session.run("""
						SHOW INDEXES YIELD name, state, populationPercent, failureMessage
						WHERE state <> 'ONLINE' RETURN name, state, populationPercent, failureMessage""").list();
			}
			if (pending.isEmpty()) {
				return;
			}
			for (org.neo4j.driver.Record index : pending) {
				if ("FAILED".equals(index.get("state").asString())) {
					throw new SchemaMigrationException("The index %s could not be filled: %s"
						.formatted(index.get("name").asString(), index.get("failureMessage").asString("")));
				}
			}
			String filling = pending.stream()
				.map((index) -> "%s %.0f %%".formatted(index.get("name").asString(),
						index.get("populationPercent").asDouble(0)))
				.collect(Collectors.joining(", "));
			long now = System.nanoTime();
			if (now > deadline) {
				logger.warn("Indexes still filling after {} s, starting anyway (searches wait for them): {}",
						INDEX_WAIT.toSeconds(), filling);
				return;
			}
			if (now >= nextLog) {
				logger.info("Waiting for indexes to fill: {}", filling);
				nextLog = now + Duration.ofSeconds(10).toNanos();
			}
			try {
				Thread.sleep(pause);
				pause = Math.min(pause * 2, 500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** How {@link #apply()} recognises a store that has nothing to apply: for tests. */
	MigrationsInPlace inPlace() {
		return this.inPlace;
	}

	/** The migrations the database records as applied, oldest first. */
	public List<Applied> applied() {
		return this.migrations.info(ChainBuilderMode.REMOTE)
			.getElements()
			.stream()
			.filter((element) -> element.getState() == MigrationState.APPLIED)
			.map((element) -> new Applied(element.getVersion(), element.getOptionalDescription().orElse(""),
					element.getChecksum().orElse(""), element.getInstalledOn().orElse(null)))
			.toList();
	}

	/**
	 * Stops before anything runs when the recorded history and the application's
	 * migrations disagree, naming each migration that differs: the library's own check
	 * says only that something does.
	 */
	private void refuseAChangedHistory() {
		ValidationResult validation = this.migrations.validate();
		if (validation.getOutcome() != ValidationResult.Outcome.DIFFERENT_CONTENT
				&& validation.getOutcome() != ValidationResult.Outcome.INCOMPLETE_MIGRATIONS) {
			return;
		}
		Map<String, MigrationChain.Element> local = byVersion(this.migrations.info(ChainBuilderMode.LOCAL));
		List<String> problems = new ArrayList<>();
		for (Applied applied : applied()) {
			MigrationChain.Element file = local.get(applied.version());
			if (file == null) {
				problems.add("V%s (%s) was applied to this database but the application no longer has it"
					.formatted(applied.version(), applied.description()));
			}
			else if (!file.getChecksum().orElse("").equals(applied.checksum())) {
				problems.add("V%s (%s) has changed since it was applied to this database (recorded checksum %s, now %s)"
					.formatted(applied.version(), applied.description(), applied.checksum(),
							file.getChecksum().orElse("none")));
			}
		}
		if (problems.isEmpty()) {
			problems.add(validation.prettyPrint());
		}
		throw new SchemaMigrationException("The graph schema's migration history does not match the application: "
				+ String.join("; ", problems) + ". A migration that ran must not be edited or removed: restore it "
				+ "and put the change in a new migration (docs/migrations.md).");
	}

	private static Map<String, MigrationChain.Element> byVersion(MigrationChain chain) {
		return chain.getElements()
			.stream()
			.collect(Collectors.toMap(MigrationChain.Element::getVersion, Function.identity(), (a, b) -> a));
	}

	private static List<String> versions(MigrationChain chain) {
		return chain.getElements()
			.stream()
			.filter((element) -> element.getState() == MigrationState.APPLIED)
			.map(MigrationChain.Element::getVersion)
			.toList();
	}

	/**
	 * Another instance migrating, the database away for a moment or refusing the
	 * credentials: not the migrations' fault, so handled like any unreachable database
	 * (the next try may succeed).
	 */
	private static boolean worthAnotherTry(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof TransientException || cause instanceof SecurityException) {
				return true;
			}
			if (Optional.ofNullable(cause.getMessage()).orElse("").contains("__Neo4jMigrationsLock")) {
				return true;
			}
		}
		return false;
	}

	private SessionConfig sessionConfig() {
		return StringUtils.hasText(this.database) ? SessionConfig.forDatabase(this.database)
				: SessionConfig.defaultConfig();
	}

}
