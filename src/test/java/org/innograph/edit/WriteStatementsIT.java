package org.innograph.edit;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.innograph.security.ApiTokens;
import org.innograph.security.Role;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.innograph.support.TestWrites;
import org.innograph.support.RecordInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an update costs the database: one statement (counted by the database's query
 * collector), committed on its own, with no transaction of the application's transaction
 * manager, for a change of an entity's own fields; one write transaction (counted by the
 * transaction manager) of two statements for one that derives fields from stored ones:
 * the lock that reads the record, and the write that records the change and returns the
 * payload; no read transaction for the payload. And the lock's read, in the same
 * statement as the lock, sees the commit of the writer it waited for: the version check
 * stays atomic.
 */
// Writes to the shared database and counts its statements and transactions. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class WriteStatementsIT {

	private static final String UPDATE = """
			mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { version entity { id note } } }""";

	private static final String UPDATE_RELATIONSHIP = """
			mutation($input: UpdateRelationshipInput!) {
			  updateRelationship(input: $input) { version relationship { id note from { id } } } }""";

	@Autowired
	ApiTokens tokens;

	@Autowired
	Neo4jClient client;

	@Autowired
	Driver driver;

	@Autowired
	PlatformTransactionManager transactionManager;

	@LocalServerPort
	int port;

	private final String run = TestWrites.newRun("it");

	private String token;

	private String id;

	@BeforeEach
	void anEntityToEdit() {
		this.token = this.tokens.create(this.run + "-editor", Role.EDITOR);
		this.id = "org:" + this.run + "-counted";
		JsonNode created = post("""
				mutation($input: CreateEntityInput!) { createEntity(input: $input) { version } }""",
				Map.of("input", RecordInputs.entity(this.id, "ORGANIZATION")));
		assertThat(created.at("/data/createEntity/version").asInt()).as(created.toString()).isEqualTo(1);
	}

	@AfterEach
	void deleteWhatTheTestWrote() {
		TestWrites.delete(this.client, this.run);
	}

	@Test
	void anUpdateOfAnEntitysOwnFieldsIsOneStatementCommittedOnItsOwn() {
		// The token is verified and remembered by the creation above; this update is
		// counted.
		Counted counted = counted(() -> post(UPDATE,
				Map.of("input", Map.of("id", this.id, "expectedVersion", 1, "note", "counted note"))));

		JsonNode answer = counted.answer();
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/updateEntity/version").asInt()).isEqualTo(2);
		assertThat(answer.at("/data/updateEntity/entity/id").asString()).isEqualTo(this.id);
		assertThat(answer.at("/data/updateEntity/entity/note").asString()).isEqualTo("counted note");
		// The client still gets the write's bookmark, to read its own write anywhere.
		assertThat(answer.at("/extensions/bookmarks").isArray()).as(answer.toString()).isTrue();
		assertThat(answer.at("/extensions/bookmarks").isEmpty()).as(answer.toString()).isFalse();
		// Its own transaction, which the database commits as the statement ends: none of
		// the transaction manager's.
		assertThat(counted.writeTransactions()).as("write transactions committed").isZero();
		assertThat(counted.readTransactions()).as("read transactions committed").isZero();
		assertThat(counted.statements()).as("statements run")
			.singleElement()
			.satisfies((statement) -> assertThat(statement).contains(Common.LOCK)
				.contains("CREATE (c:Change)")
				// The answer's fields only, not the search fields every record stores.
				.contains("RETURN applied, n {.id, ")
				.doesNotContain("n {.*}"));

		// The history record, the record before and after the change kept on it.
		assertThat(row("""
				MATCH (c:Change {targetId: $id, action: 'UPDATE'})
				RETURN c.actor AS actor, c.targetKind AS kind, c.`before.version` AS before,
				       c.`after.version` AS after, c.`after.note` AS note, c.`before._lock` IS NULL AS unlocked,
				       c.`after.names` IS NOT NULL AS names, c.`after.nameGrams` IS NULL AS noGrams
				""")).containsEntry("actor", "token:" + this.run + "-editor")
			// The names are kept, the list of their pieces (StoredRecords.NOT_IN_HISTORY)
			// not.
			.containsEntry("names", true)
			.containsEntry("noGrams", true)
			.containsEntry("kind", "ORGANIZATION")
			.containsEntry("before", 1L)
			.containsEntry("after", 2L)
			.containsEntry("note", "counted note")
			.containsEntry("unlocked", true);
		assertThat(row("MATCH (n:Entity {id: $id}) RETURN n._lock IS NULL AS unlocked, n.origin AS origin"))
			.containsEntry("unlocked", true)
			.containsEntry("origin", Common.ORIGIN_EDIT);
	}

	@Test
	void anUpdateOfANameIsOneWriteTransactionOfTwoStatements() {
		// The search fields derive from the names: the lock reads the record, Java
		// derives
		// them, the write stores them with the history JSON.
		Counted counted = counted(() -> post(UPDATE, Map.of("input",
				Map.of("id", this.id, "expectedVersion", 1, "name", Map.of("ko", "이름 바꾼 기관", "en", "Renamed")))));

		JsonNode answer = counted.answer();
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/updateEntity/version").asInt()).isEqualTo(2);
		assertThat(counted.writeTransactions()).as("write transactions committed").isEqualTo(1);
		assertThat(counted.statements()).as("statements run").hasSize(2);
		assertThat(counted.statements()).anySatisfy((statement) -> assertThat(statement).contains(Common.LOCK))
			.anySatisfy((statement) -> assertThat(statement).contains("CREATE (c:Change)").contains("RETURN n {.*}"));
		assertThat(row("""
				MATCH (c:Change {targetId: $id, action: 'UPDATE'})
				RETURN c.before CONTAINS '"version":1' AS before, c.after CONTAINS '"nameKo":"이름 바꾼 기관"' AS after
				""")).containsEntry("before", true).containsEntry("after", true);
	}

	@Test
	void aRecordWithoutItsSearchFieldsGetsThemOnAnUpdateOfItsNote() {
		// Records written before the search fields existed lack them; an edit derives
		// them, which the one statement cannot: it writes nothing and the update goes on
		// by two statements in a write transaction.
		this.client.query("MATCH (n:Entity {id: $id}) REMOVE n.nameWords").bind(this.id).to("id").run();

		Counted counted = counted(() -> post(UPDATE,
				Map.of("input", Map.of("id", this.id, "expectedVersion", 1, "note", "derived again"))));

		JsonNode answer = counted.answer();
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/updateEntity/version").asInt()).isEqualTo(2);
		assertThat(counted.writeTransactions()).as("write transactions committed").isEqualTo(1);
		assertThat(counted.statements()).as("statements run").hasSize(3);
		assertThat(row("MATCH (n:Entity {id: $id}) RETURN n.nameWords IS NOT NULL AS derived, n.note AS note, "
				+ "n.version AS version, n._lock IS NULL AS unlocked"))
			.containsEntry("derived", true)
			.containsEntry("note", "derived again")
			.containsEntry("version", 2L)
			.containsEntry("unlocked", true);
		assertThat(row("MATCH (c:Change {targetId: $id}) RETURN count(c) AS changes")).containsEntry("changes", 2L);
	}

	@Test
	void anUpdateFromAnOldVersionWritesNothing() {
		JsonNode answer = post(UPDATE, Map.of("input", Map.of("id", this.id, "expectedVersion", 7, "note", "stale")));

		assertThat(answer.at("/errors/0/extensions/code").asString()).as(answer.toString()).isEqualTo("CONFLICT");
		assertThat(answer.at("/errors/0/extensions/currentVersion").asInt()).isEqualTo(1);
		assertThat(row("MATCH (n:Entity {id: $id}) RETURN n.note IS NULL AS untouched, n.version AS version, "
				+ "n._lock IS NULL AS unlocked, COUNT { (c:Change {targetId: $id}) } AS changes"))
			.containsEntry("untouched", true)
			.containsEntry("version", 1L)
			.containsEntry("unlocked", true)
			.containsEntry("changes", 1L);
	}

	@Test
	void aRelationshipUpdateIsOneWriteTransactionOfTwoStatements() {
		JsonNode linked = post(
				"""
						mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { version relationship { id } } }""",
				Map.of("input", RecordInputs.relationship("LOCATED_IN", this.id, "region:daejeon")));
		String relationship = linked.at("/data/createRelationship/relationship/id").asString();
		assertThat(relationship).as(linked.toString()).isNotEmpty();

		Counted counted = counted(() -> post(UPDATE_RELATIONSHIP,
				Map.of("input", Map.of("id", relationship, "expectedVersion", 1, "note", "counted link"))));

		JsonNode answer = counted.answer();
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/updateRelationship/version").asInt()).isEqualTo(2);
		assertThat(answer.at("/data/updateRelationship/relationship/note").asString()).isEqualTo("counted link");
		assertThat(answer.at("/data/updateRelationship/relationship/from/id").asString()).isEqualTo(this.id);
		assertThat(counted.writeTransactions()).as("write transactions committed").isEqualTo(1);
		assertThat(counted.readTransactions()).as("read transactions committed").isZero();
		assertThat(counted.statements()).as("statements run").hasSize(2);
	}

	@Test
	void aRetiredRelationshipIsAnsweredAsTheWriteStoredIt() {
		JsonNode linked = post(
				"""
						mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }""",
				Map.of("input", RecordInputs.relationship("LOCATED_IN", this.id, "region:daejeon")));
		String relationship = linked.at("/data/createRelationship/relationship/id").asString();

		Counted counted = counted(() -> post("""
				mutation($input: RetireInput!) {
				  retireRelationship(input: $input) { version relationship { id validTo { text } to { id } } } }""", Map
			.of("input", Map.of("id", relationship, "expectedVersion", 1, "reason", "moved", "validTo", "2024-05"))));

		JsonNode answer = counted.answer();
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/retireRelationship/version").asInt()).isEqualTo(2);
		assertThat(answer.at("/data/retireRelationship/relationship/id").asString()).isEqualTo(relationship);
		assertThat(answer.at("/data/retireRelationship/relationship/validTo/text").asString()).isEqualTo("2024-05");
		assertThat(answer.at("/data/retireRelationship/relationship/to/id").asString()).isEqualTo("region:daejeon");
		assertThat(counted.writeTransactions()).as("write transactions committed").isEqualTo(1);
		assertThat(counted.readTransactions()).as("read transactions committed").isZero();
		assertThat(counted.statements()).as("statements run").hasSize(2);
	}

	@Test
	void anUpdateWaitingForAnotherWriterSeesItsCommitAndAnswersConflict() throws Exception {
		try (Session session = this.driver.session(); Transaction other = session.beginTransaction()) {
			// Another writer holds the entity's lock, having moved it to version 2.
			other
				.run("MATCH (n:Entity {id: $id}) SET n.version = 2, n.note = 'the other writer'", Map.of("id", this.id))
				.consume();
			CompletableFuture<JsonNode> mine = CompletableFuture.supplyAsync(
					() -> post(UPDATE, Map.of("input", Map.of("id", this.id, "expectedVersion", 1, "note", "mine"))));
			awaitBlockedOnTheLock();
			other.commit();
			JsonNode answer = mine.get(60, TimeUnit.SECONDS);

			assertThat(answer.at("/errors/0/extensions/code").asString()).as(answer.toString()).isEqualTo("CONFLICT");
			assertThat(answer.at("/errors/0/extensions/currentVersion").asInt()).isEqualTo(2);
		}
		assertThat(row("MATCH (n:Entity {id: $id}) RETURN n.note AS note, n.version AS version, "
				+ "n._lock IS NULL AS unlocked"))
			.containsEntry("note", "the other writer")
			.containsEntry("version", 2L)
			.containsEntry("unlocked", true);
		assertThat(row("MATCH (c:Change {targetId: $id}) RETURN collect(c.action) AS actions")).containsEntry("actions",
				List.of("CREATE"));
	}

	/** The one row a statement about the test's entity ({@code $id}) answers. */
	private Map<String, Object> row(String cypher) {
		return this.client.query(cypher).bind(this.id).to("id").fetch().one().orElseThrow();
	}

	/** Waits until the update's lock statement is blocked behind the other writer. */
	private void awaitBlockedOnTheLock() throws InterruptedException {
		long start = System.nanoTime();
		while (System.nanoTime() - start < 60_000_000_000L) {
			try (Session session = this.driver.session()) {
				boolean blocked = session.run("SHOW TRANSACTIONS YIELD currentQuery, status "
						+ "WHERE currentQuery CONTAINS $lock AND status STARTS WITH 'Blocked' RETURN count(*) > 0 AS blocked",
						Map.of("lock", Common.LOCK))
					.single()
					.get("blocked")
					.asBoolean();
				if (blocked) {
					return;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the update never waited for the other writer's lock");
	}

	/**
	 * What a request answered, the statements the database ran for it, and the
	 * transactions the application's transaction manager committed for it.
	 */
	private record Counted(JsonNode answer, List<String> statements, int writeTransactions, int readTransactions) {
	}

	private Counted counted(Supplier<JsonNode> request) {
		AtomicInteger writes = new AtomicInteger();
		AtomicInteger reads = new AtomicInteger();
		TransactionExecutionListener commits = new TransactionExecutionListener() {
			@Override
			public void afterCommit(TransactionExecution transaction, Throwable failure) {
				if (failure == null && transaction.isNewTransaction()) {
					(transaction.isReadOnly() ? reads : writes).incrementAndGet();
				}
			}
		};
		Collection<TransactionExecutionListener> listeners = ((AbstractPlatformTransactionManager) this.transactionManager)
			.getTransactionExecutionListeners();
		try (Session session = this.driver.session()) {
			session.run("CALL db.stats.stop('QUERIES')").consume();
			session.run("CALL db.stats.clear('QUERIES')").consume();
			session.run("CALL db.stats.collect('QUERIES')").consume();
			listeners.add(commits);
			JsonNode answer;
			try {
				answer = request.get();
			}
			finally {
				listeners.remove(commits);
			}
			session.run("CALL db.stats.stop('QUERIES')").consume();
			List<String> statements = new ArrayList<>();
			List<Record> rows = session.run("""
					CALL db.stats.retrieve('QUERIES') YIELD data
					UNWIND data.invocations AS invocation
					RETURN data.query AS query
					""").list();
			for (Record row : rows) {
				String text = row.get("query").asString();
				// The token's look-up is remembered for 5 s (TokenMemoryIT) from the
				// requests before; on a slow machine it may expire and fall into this
				// one.
				// It is not the mutation's.
				// A read's text is planned ahead of its first run (store.StatementPlans):
				// not a statement the request ran.
				if (!text.contains("db.stats") && !text.contains(":ApiToken") && !text.startsWith("EXPLAIN ")) {
					statements.add(text);
				}
			}
			return new Counted(answer, statements, writes.get(), reads.get());
		}
	}

	private JsonNode post(String query, Map<String, Object> variables) {
		return Http.JSON.readTree(
				RunningApp
					.send(HttpRequest.newBuilder(new Http(this.port).uri("/graphql"))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + this.token)
						.POST(HttpRequest.BodyPublishers.ofString(
								Http.JSON.writeValueAsString(Map.of("query", query, "variables", variables)),
								StandardCharsets.UTF_8))
						.build())
					.body());
	}

}
