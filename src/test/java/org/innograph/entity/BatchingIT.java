package org.innograph.entity;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a list of entities with their facts, evidence, sources and relationships with
 * evidence costs the same, bounded number of statements for 2 entities as for 20, all in
 * one read transaction.
 */
// Counts the statements its context runs. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class BatchingIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphReads reads;

	@Test
	void statementsDoNotGrowWithTheLengthOfTheList() {
		long forTwo = statementsFor(2);
		long forTwenty = statementsFor(20);
		assertThat(forTwenty).isEqualTo(forTwo);
		// count + page, degree, facts, fact evidence, entity evidence, sources,
		// relationships, relationship evidence
		assertThat(forTwenty).isLessThanOrEqualTo(9);
	}

	@Test
	void aQueryReadsInOneTransaction() {
		long before = this.reads.transactionCount();
		long statementsBefore = this.reads.statementCount();
		this.graphQl.documentName("entitiesInDepth")
			.variable("first", 5)
			.execute()
			.path("entities.nodes")
			.entityList(Object.class)
			.hasSize(5);
		assertThat(this.reads.statementCount() - statementsBefore).as("statements").isGreaterThan(3);
		assertThat(this.reads.transactionCount() - before).as("read transactions of one query").isEqualTo(1);
	}

	private long statementsFor(int first) {
		long before = this.reads.statementCount();
		var response = this.graphQl.documentName("entitiesInDepth").variable("first", first).execute();
		response.path("entities.nodes").entityList(Object.class).hasSize(first);
		response.path("entities.nodes[*].relationships.nodes[*].evidence[*].quote")
			.entityList(String.class)
			.hasSizeGreaterThan(first - 1);
		return this.reads.statementCount() - before;
	}

}
