package org.innograph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j 5.26 database running inside this JVM with its store on disk and Bolt on
 * loopback only, with authentication. Clients reach it over Bolt exactly as they would
 * reach a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofMillis(500);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final Path home;

	private final EmbeddedCredentials credentials;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path home, EmbeddedCredentials credentials) {
		this.service = service;
		this.boltUri = boltUri;
		this.home = home;
		this.credentials = credentials;
	}

	/**
	 * Starts a database in {@code home} (created if missing) listening on
	 * {@code 127.0.0.1:boltPort}, with authentication: the credentials are made at the
	 * first start and kept in {@code home}.
	 */
	public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache, Duration transactionTimeout) {
		long started = System.nanoTime();
		Path absoluteHome = home.toAbsolutePath().normalize();
		Optional<EmbeddedCredentials> kept = EmbeddedCredentials.read(absoluteHome);
		boolean newStore = kept.isEmpty() && !storeExists(absoluteHome);
		EmbeddedCredentials credentials = kept.orElseGet(() -> newStore ? initialPassword(absoluteHome)
				: closeDatabase(absoluteHome, pageCache, transactionTimeout));
		DatabaseManagementService service = builder(absoluteHome, pageCache, transactionTimeout)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.build();
		try {
			GraphDatabaseAPI database = (GraphDatabaseAPI) service
				.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = database.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			URI uri = URI.create("bolt://127.0.0.1:" + port);
			if (newStore) {
				keepInitialCredentials(absoluteHome, credentials, started);
			}
			logger.info("Embedded Neo4j started in {} ms: store {}, Bolt {} (authentication on)",
					Duration.ofNanos(System.nanoTime() - started).toMillis(), absoluteHome, uri);
			return new EmbeddedNeo4j(service, uri, absoluteHome, credentials);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/** What every start of the database shares, whether or not Bolt is on. */
	private static DatabaseManagementServiceBuilder builder(Path home, String pageCache, Duration transactionTimeout) {
		return new DatabaseManagementServiceBuilder(home)
			// Neo4j's in-JVM "local" Bolt channel needs Netty 4.1; Boot manages Netty
			// 4.2, on which
			// everything else of Neo4j and the 6.x driver runs. We only ever connect over
			// TCP.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// Neo4j's HTTP server needs Jersey 2, which clashes with the web stack; Bolt
			// is enough.
			.setConfig(HttpConnector.enabled, false)
			// Loopback is not a boundary: any local user or process can reach the port.
			// Without
			// authentication one read the token hashes and made itself an admin token.
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// By default the database sends its vendor usage data (its store's id and
			// sizes, the machine's) at every start and then daily: nothing about an
			// operator's store leaves the machine unless the operator sends it.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// One database, no cluster: a bookmark it has not reached at once is not
			// coming. The service
			// waits for bookmarks on connections of its own (see
			// bookmarks.BookmarkBarrier); this frees them
			// soon after it gives up instead of after the default 30 s.
			.setConfig(GraphDatabaseSettings.bookmark_ready_timeout, Duration.ofSeconds(2))
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
			// A transaction's timeout is enforced when the monitor next looks (every 2 s
			// by
			// default): a search for chains given 1 s would run up to 3 s.
			.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
			// The Bolt server stops after the databases have: its connections have
			// nothing left to finish,
			// yet by default it waits 5 s for its threads and 5 s more for its
			// connections at every stop.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, SHUTDOWN_WAIT)
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, SHUTDOWN_WAIT);
	}

	/**
	 * Whether {@code home} holds a store already: its system database is made at the
	 * first start.
	 */
	private static boolean storeExists(Path home) {
		return Files.exists(Neo4jLayout.of(Config.defaults(GraphDatabaseSettings.neo4j_home, home))
			.databaseLayout(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.databaseDirectory());
	}

	/**
	 * Before the first start of a new store: a new random password for the database's
	 * user, put where Neo4j's own {@code neo4j-admin dbms set-initial-password} puts it
	 * (a salted hash in {@code data/dbms/auth.ini}), so that the first start creates the
	 * user with it and nobody can ever log in with the default one. One start instead of
	 * a start with Bolt off to change the password and a second one.
	 */
	private static EmbeddedCredentials initialPassword(Path home) {
		EmbeddedCredentials credentials = EmbeddedCredentials.generate();
		Path file = initialUsersFile(home);
		FileUserRepository users = new FileUserRepository(new DefaultFileSystemAbstraction(), file,
				NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			users.start();
			users.create(new User(credentials.username(), null,
					SystemGraphCredential.createCredentialForPassword(
							credentials.password().getBytes(StandardCharsets.UTF_8), new SecureHasher()),
					false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set the database's initial password in " + file, ex);
		}
		return credentials;
	}

	/**
	 * After the first start of a new store, which made the user from the initial
	 * password: keeps the credentials in the data directory and removes the hash the
	 * start has used. A crash before this leaves no credentials file, and the next start
	 * sets a new password on the existing store.
	 */
	private static void keepInitialCredentials(Path home, EmbeddedCredentials credentials, long started) {
		credentials.writeTo(home);
		try {
			Files.deleteIfExists(initialUsersFile(home));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Embedded Neo4j: made a new store with its Bolt credentials in {} ms; they are in {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), home.resolve(EmbeddedCredentials.FILE_NAME));
	}

	private static Path initialUsersFile(Path home) {
		return CommunitySecurityModule
			.getInitialUserRepositoryFile(Config.defaults(GraphDatabaseSettings.neo4j_home, home));
	}

	/**
	 * On a store that has no credentials file (made before authentication was on, or by a
	 * start that stopped before it wrote the file): gives the database's user a new
	 * random password, with Bolt off so that nobody can log in with the old one
	 * meanwhile, and keeps it in the data directory.
	 */
	private static EmbeddedCredentials closeDatabase(Path home, String pageCache, Duration transactionTimeout) {
		long started = System.nanoTime();
		EmbeddedCredentials credentials = EmbeddedCredentials.generate();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + home, ex);
		}
		DatabaseManagementService service = builder(home, pageCache, transactionTimeout)
			.setConfig(BoltConnector.enabled, false)
			.build();
		try {
			// In-process transactions need no login; the password goes in as a parameter,
			// never as text.
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally(
						"ALTER USER " + credentials.username() + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", credentials.password()));
		}
		finally {
			service.shutdown();
		}
		// Written after the password is set: a crash in between leaves no file, and the
		// next start sets a new one.
		credentials.writeTo(home);
		logger.info("Embedded Neo4j: made the Bolt credentials in {} ms; they are in {}",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), home.resolve(EmbeddedCredentials.FILE_NAME));
		return credentials;
	}

	/** The Bolt URI to connect the driver to. */
	public URI boltUri() {
		return this.boltUri;
	}

	public Path home() {
		return this.home;
	}

	/** The credentials the Bolt connector asks for. */
	public EmbeddedCredentials credentials() {
		return this.credentials;
	}

	/**
	 * The database itself, for in-process bulk work such as loading a benchmark graph.
	 */
	public GraphDatabaseService database() {
		return this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** Stops the database; committed transactions are on disk before this returns. */
	@Override
	public void close() {
		logger.info("Stopping embedded Neo4j at {}", this.home);
		this.service.shutdown();
	}

}
