package org.innograph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.innograph.sources.SourceTexts;

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

	/**
	 * Deletes a document a test ingested: its proposals and their history, its source,
	 * and its text under the ingested texts' folder ({@code NNN_*} for {@code doc:NNN}).
	 */
	public static void deleteIngested(Neo4jClient client, SourceTexts texts, String source) throws IOException {
		client.query("MATCH (p:Proposal {source: $id}) MATCH (c:Change {targetId: p.id}) DETACH DELETE c")
			.bind(source)
			.to("id")
			.run();
		client.query("MATCH (p:Proposal {source: $id}) DETACH DELETE p").bind(source).to("id").run();
		client.query("MATCH (s:Source {id: $id}) DETACH DELETE s").bind(source).to("id").run();
		if (!Files.isDirectory(texts.ingested())) {
			return;
		}
		String prefix = source.substring(source.indexOf(':') + 1) + "_";
		try (Stream<Path> files = Files.list(texts.ingested())) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith(prefix)).toList()) {
				Files.delete(file);
			}
		}
	}

}
