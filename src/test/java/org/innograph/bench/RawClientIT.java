package org.innograph.bench;

import java.util.List;
import java.util.Map;

import org.innograph.support.EditorRun;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RecordInputs;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's raw-driver floor runs the application's own statements: when one of
 * them changes its parameters, the floor must change with it, or every answer of the
 * benchmark fails its check. Here the floor's reads run against the test database with
 * the seed, and its mutation on an entity the test writes.
 */
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class RawClientIT {

	@RegisterExtension
	final EditorRun writes = new EditorRun();

	@Autowired
	Driver driver;

	@Test
	void theFloorsReadsRunTheApplicationsStatementsWithTheirParameters() {
		RawClient raw = new RawClient(this.driver);
		assertThat(raw.pipelined()).as("transactions begun as the application begins them").isTrue();

		assertThat(raw.entity("org:kaist").total()).isEqualTo(1);

		Workload.Answer page = raw.neighbours("org:kaist", 5);
		assertThat(page.total()).isGreaterThan(5);
		assertThat(page.ids()).hasSize(5);

		// Up to ten neighbours, five of each, three of each of those.
		Workload.Answer levels = raw.threeLevels("org:kaist");
		assertThat(levels.total()).isEqualTo(Math.min(10, page.total()));
		assertThat(levels.ids()).isNotEmpty();

		Workload.Answer found = raw.search("한국화학연구원");
		assertThat(found.ids()).contains("org:krict");
	}

	@Test
	void theFloorsMutationIsTheApplicationsUpdateWithItsVersionCheckAndHistory() {
		String id = "org:" + this.writes.run() + "-floor";
		int created = this.writes.editor()
			.document("mutation($input: CreateEntityInput!) { createEntity(input: $input) { version } }")
			.variable("input", RecordInputs.entity(id, "ORGANIZATION"))
			.execute()
			.path("createEntity.version")
			.entity(Integer.class)
			.get();
		RawClient raw = new RawClient(this.driver);

		Workload.Answer first = raw.updateNote(id, "floor note 1");
		assertThat(first.ids()).containsExactly(id);
		assertThat(first.total()).isEqualTo(created + 1);
		assertThat(raw.updateNote(id, "floor note 2").total()).isEqualTo(created + 2);

		// The application raises the version: the floor's next update is refused by the
		// version check and writes nothing; the one after reads the version again.
		this.writes.editor()
			.document("mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { version } }")
			.variable("input", Map.of("id", id, "expectedVersion", created + 2, "note", "application note"))
			.execute()
			.path("updateEntity.version")
			.entity(Integer.class)
			.isEqualTo(created + 3);
		assertThat(raw.updateNote(id, "floor note 3").total()).isZero();
		this.writes.editor()
			.document("query($key: String!) { entity(key: $key) { note version } }")
			.variable("key", id)
			.execute()
			.path("entity.note")
			.entity(String.class)
			.isEqualTo("application note")
			.path("entity.version")
			.entity(Integer.class)
			.isEqualTo(created + 3);
		raw.refreshVersions(List.of(id));
		assertThat(raw.updateNote(id, "floor note 4").total()).isEqualTo(created + 4);

		// Its changes are in the history as the application's are: the record before and
		// after, read back by the history's reader.
		GraphQlTester.Response history = this.writes.editor()
			.document("""
					query($id: ID!) { history(id: $id) { totalCount
					  nodes { actor action before { fields { name value } } after { fields { name value } } } } }""")
			.variable("id", id)
			.execute();
		history.path("history.totalCount").entity(Integer.class).isEqualTo(5);
		history.path("history.nodes[0].actor").entity(String.class).isEqualTo("token:benchmark-floor");
		history.path("history.nodes[0].action").entity(String.class).isEqualTo("UPDATE");
		history.path("history.nodes[0].before.fields[?(@.name == 'note')].value")
			.entityList(String.class)
			.containsExactly("application note");
		history.path("history.nodes[0].after.fields[?(@.name == 'note')].value")
			.entityList(String.class)
			.containsExactly("floor note 4");
		history.path("history.nodes[0].after.fields[?(@.name == 'name.ko')].value")
			.entityList(String.class)
			.isEqualTo(List.of("시험 기관"));
	}

}
