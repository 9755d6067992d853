package org.innograph.store;

import java.util.ArrayList;
import java.util.List;

import org.innograph.seed.Seed;
import org.innograph.seed.SeedLoader;
import org.innograph.seed.SeedStep;
import org.innograph.support.GraphSnapshot;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading the seed is idempotent, skips an unchanged seed, and applies changes and
 * removals.
 */
// Loads the seed into the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class SeedLoadingIT {

	@Autowired
	Neo4jClient client;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SeedStep seedStep;

	Seed seed;

	SeedLoader loader;

	@BeforeEach
	void setUp() {
		this.seed = this.seedStep.seed().orElseThrow();
		this.loader = new SeedLoader(this.client, this.transactions);
	}

	@AfterEach
	void restoreTheCuratedSeed() {
		this.loader.load(this.seed, true);
	}

	@Test
	void loadingTwiceGivesIdenticalCountsAndContent() {
		this.loader.load(this.seed, true);
		GraphSnapshot first = GraphSnapshot.take(this.client);
		this.loader.load(this.seed, true);
		GraphSnapshot second = GraphSnapshot.take(this.client);
		assertThat(second).isEqualTo(first);
		assertThat(first.entities()).isEqualTo(this.seed.entities().size());
		assertThat(first.relationships()).isEqualTo(this.seed.relationships().size());
	}

	@Test
	void anUnchangedSeedIsNotLoadedAgain() {
		this.loader.load(this.seed, true);
		SeedLoader.Result again = this.loader.load(this.seed, false);
		assertThat(again.loaded()).isFalse();
	}

	@Test
	void aChangedRecordIsUpdatedAndARemovedOneIsRemoved() {
		List<Seed.Entity> entities = new ArrayList<>();
		for (Seed.Entity e : this.seed.entities()) {
			entities.add(!e.id().equals("org:kasi") ? e
					: new Seed.Entity(e.id(), e.kind(), e.type(),
							new Seed.Text(e.name().ko(), "KASI renamed for a test"), e.acronyms(), e.aliases(),
							e.code(), e.description(), e.date(), e.validFrom(), e.validTo(), e.status(), e.facts(),
							e.note(), e.evidence(), e.origin()));
		}
		String removedId = "rel:org:kigam>PARTY_TO>agreement:daejeon-space-mou-2023";
		List<Seed.Relationship> relationships = this.seed.relationships()
			.stream()
			.filter((r) -> !r.effectiveId().equals(removedId))
			.toList();
		Seed changed = new Seed(this.seed.sources(), entities, relationships, "changed-" + this.seed.hash());

		SeedLoader.Result result = this.loader.load(changed, false);

		assertThat(result.loaded()).isTrue();
		assertThat(this.client.query("MATCH (n:Entity {id: 'org:kasi'}) RETURN n.nameEn").fetchAs(String.class).one())
			.contains("KASI renamed for a test");
		assertThat(this.client.query("MATCH ()-[r {id: $id}]->() RETURN count(r)")
			.bind(removedId)
			.to("id")
			.fetchAs(Long.class)
			.one()).contains(0L);
		assertThat(this.client.query("MATCH (ev:Evidence {subject: $id}) RETURN count(ev)")
			.bind(removedId)
			.to("id")
			.fetchAs(Long.class)
			.one()).contains(0L);
		assertThat(GraphSnapshot.take(this.client).relationships()).isEqualTo(this.seed.relationships().size() - 1);
	}

}
