package org.innograph.support;

import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What a test writes to the shared database carries its run's mark in every id and token
 * name, so that it can be found and deleted after each test whatever the test left half
 * done, and never touches the seed or another class's records.
 */
public final class TestWrites {

	private TestWrites() {
	}

	/** A fresh mark, e.g. {@code it-1a2b3c4d}. */
	public static String newRun(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Deletes the entities, facts, links, evidence, history and tokens a run wrote.
	 */
	public static void delete(Neo4jClient client, String run) {
		client.query("MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n").bind(run).to("run").run();
		client.query("""
				MATCH (n) WHERE (n:Evidence AND n.subject CONTAINS $run) OR (n:Change AND n.targetId CONTAINS $run)
				   OR (n:Fact AND n.entity CONTAINS $run)
				DETACH DELETE n""").bind(run).to("run").run();
		client.query("MATCH ()-[r]->() WHERE r.id CONTAINS $run DELETE r").bind(run).to("run").run();
		client.query("MATCH (t:ApiToken) WHERE t.name STARTS WITH $run DELETE t").bind(run).to("run").run();
	}

}
