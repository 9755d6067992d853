package org.innograph.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.innograph.embedded.EmbeddedNeo4j;
import org.innograph.store.GraphSchema;
import org.innograph.support.Prepared;
import org.innograph.support.GraphSnapshot;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.innograph.store.StoreBackup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph leaves and comes back unchanged: exported as seed files and imported into an
 * empty database, or backed up and restored, it has the same counts and checksum as the
 * original.
 */
@Tag("process")
@IntegrationTest
class SeedRoundTripIT {

	private static Path home;

	private static EmbeddedNeo4j empty;

	private static Driver driver;

	@Autowired
	Neo4jClient client;

	@Autowired
	SeedExport export;

	@Autowired
	StoreBackup backup;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@org.junit.jupiter.api.BeforeEach
	void seedInPlace() {
		Prepared.await(this.context);
	}

	@BeforeAll
	static void startAnEmptyDatabase() {
		home = TestDatabase.temporaryDirectory("innograph-round-trip");
		empty = EmbeddedNeo4j.start(home, 0, "64m", Duration.ofSeconds(120));
		driver = GraphDatabase.driver(empty.boltUri(), empty.credentials().authToken());
	}

	@AfterAll
	static void stopIt() {
		driver.close();
		empty.close();
		FileSystemUtils.deleteRecursively(home.toFile());
	}

	@Test
	void exportedSeedImportedIntoAnEmptyDatabaseGivesAnIdenticalGraph() throws Exception {
		Path out = Files.createTempDirectory("innograph-export");
		try {
			GraphSnapshot original = GraphSnapshot.take(this.client);
			List<SeedFile> files = this.export.exportTo(out);
			assertThat(files).extracting(SeedFile::name).contains("sources.yaml", "000-daejeon-space-mou.yaml");
			assertThat(Files.readString(out.resolve("000-daejeon-space-mou.yaml"))).startsWith("# Document 000");
			assertThat(this.export.export()).as("a second export of the same graph is identical").isEqualTo(files);

			Neo4jClient target = Neo4jClient.create(driver);
			TransactionTemplate transactions = new TransactionTemplate(new Neo4jTransactionManager(driver));
			transactions.setTimeout(120);
			target.query("MATCH (n) DETACH DELETE n").run();
			GraphSchema.apply(driver);
			new SeedImport(target, transactions).importFrom(out, false);

			GraphSnapshot imported = GraphSnapshot.take(target);
			assertThat(imported.entities()).isGreaterThan(400);
			assertThat(imported).isEqualTo(original);
		}
		finally {
			FileSystemUtils.deleteRecursively(out.toFile());
		}
	}

	@Test
	void backupRestoredIntoAnotherDatabaseGivesAnIdenticalGraph() throws Exception {
		Path file = Files.createTempFile("innograph-backup", ".json");
		try {
			GraphSnapshot original = GraphSnapshot.take(this.client);
			StoreBackup.Counts written = this.backup.backup(file);
			assertThat(written.nodes()).isGreaterThan(1000);
			assertThat(Files.readString(file)).as("the record of the source's schema migrations stays behind")
				.doesNotContain("__Neo4jMigration");

			Neo4jClient target = Neo4jClient.create(driver);
			target.query("CREATE (:Leftover {id: 'replaced by the restore'})").run();
			GraphSchema.apply(driver);
			long migrationRecords = target.query("MATCH (m:__Neo4jMigration) RETURN count(m)")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			StoreBackup restore = new StoreBackup(target, new Neo4jTransactionManager(driver));
			assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> restore.restore(file, false)))
				.as("a restore does not overwrite a database by accident")
				.hasMessageContaining("--replace");
			StoreBackup.Counts restored = restore.restore(file, true);

			assertThat(restored).isEqualTo(written);
			assertThat(GraphSnapshot.take(target)).isEqualTo(original);
			assertThat(target.query("MATCH (n:Leftover) RETURN count(n)").fetchAs(Long.class).one()).contains(0L);
			assertThat(target.query("MATCH (m:__Neo4jMigration) RETURN count(m)").fetchAs(Long.class).one())
				.as("the target keeps the record of its own schema")
				.contains(migrationRecords);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aDumpWrittenBeforeTheRetiredLabelAndThePiecesOfNamesIsRestoredWithThem() throws Exception {
		Path file = Files.createTempFile("innograph-backup", ".json");
		try {
			// Two entities as an older version dumped them: one retired (a property
			// only), one not, neither with the pieces of its names.
			Files.writeString(file, """
					{"format": "innograph-backup/1", "nodes": [
					  {"key": 1, "labels": ["Entity", "Organization"],
					   "properties": {"id": "org:old-retired", "kind": "Organization", "retired": true}},
					  {"key": 2, "labels": ["Entity", "Organization"],
					   "properties": {"id": "org:old-active", "kind": "Organization", "names": ["옛 기관", "old"]}}],
					 "relationships": []}""");
			Neo4jClient target = Neo4jClient.create(driver);
			new StoreBackup(target, new Neo4jTransactionManager(driver)).restore(file, true);

			assertThat(target.query("MATCH (n:Entity:Retired) RETURN n.id").fetchAs(String.class).all())
				.containsExactly("org:old-retired");
			assertThat(target.query("MATCH (n:Entity {id: 'org:old-active'}) UNWIND n.nameGrams AS c RETURN c")
				.fetchAs(String.class)
				.all()).as("derived as V010 derives them")
				.containsExactly("옛", "기", "기관", "관", "o", "ol", "l", "ld", "d");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
