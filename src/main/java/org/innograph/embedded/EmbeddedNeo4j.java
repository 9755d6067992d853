package org.innograph.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

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
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j 5.26 database running inside this JVM with its store on disk and Bolt on loopback only.
 * Clients reach it over Bolt exactly as they would reach a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final Path home;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path home) {
		this.service = service;
		this.boltUri = boltUri;
		this.home = home;
	}

	/** Starts a database in {@code home} (created if missing) listening on {@code 127.0.0.1:boltPort}. */
	public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache, Duration transactionTimeout) {
		long started = System.nanoTime();
		Path absoluteHome = home.toAbsolutePath().normalize();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(absoluteHome)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Neo4j's in-JVM "local" Bolt channel needs Netty 4.1; Boot manages Netty 4.2, on which
			// everything else of Neo4j and the 6.x driver runs. We only ever connect over TCP.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// Neo4j's HTTP server needs Jersey 2, which clashes with the web stack; Bolt is enough.
			.setConfig(HttpConnector.enabled, false)
			// Bound to loopback only, so no credentials: nothing outside this machine can connect.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
			.build();
		try {
			GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int port = database.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			URI uri = URI.create("bolt://127.0.0.1:" + port);
			logger.info("Embedded Neo4j started in {} ms: store {}, Bolt {}",
					Duration.ofNanos(System.nanoTime() - started).toMillis(), absoluteHome, uri);
			return new EmbeddedNeo4j(service, uri, absoluteHome);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/** The Bolt URI to connect the driver to. */
	public URI boltUri() {
		return this.boltUri;
	}

	public Path home() {
		return this.home;
	}

	/** The database itself, for in-process bulk work such as loading a benchmark graph. */
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
