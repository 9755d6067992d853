package org.innograph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts and a checksum of everything the graph holds (entities, facts, evidence, sources
 * and the relationships between them), ignoring bookkeeping that changes on every load
 * (version, load time). Two snapshots are equal when the graphs are.
 */
public record GraphSnapshot(long entities, long relationships, long facts, long evidence, long sources,
		String checksum) {

	private static final List<String> IGNORED = List.of("version", "loadedAt", "updatedAt", "createdAt");

	public static GraphSnapshot take(Neo4jClient client) {
		StringBuilder content = new StringBuilder();
		long[] counts = new long[5];
		String[] labels = { "Entity", "Fact", "Evidence", "Source" };
		for (int i = 0; i < labels.length; i++) {
			List<Map<String, Object>> rows = List.copyOf(client
				.query("MATCH (n:%s) RETURN n.id AS id, properties(n) AS props ORDER BY n.id".formatted(labels[i]))
				.fetch()
				.all());
			counts[i] = rows.size();
			rows.forEach((row) -> content.append(row.get("id")).append(stable(row.get("props"))).append('\n'));
		}
		List<Map<String, Object>> rels = List.copyOf(client.query("""
				MATCH (a)-[r]->(b)
				WHERE (a:Entity OR a:Fact OR a:Evidence) AND (b:Entity OR b:Fact OR b:Source)
				RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, properties(r) AS props
				ORDER BY key, r.id
				""").fetch().all());
		counts[4] = rels.size();
		rels.forEach((row) -> content.append(row.get("key")).append(stable(row.get("props"))).append('\n'));
		long entityRelationships = client.query("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return new GraphSnapshot(counts[0], entityRelationships, counts[1], counts[2], counts[3], sha256(content));
	}

	private static String stable(Object props) {
		Map<String, Object> sorted = new TreeMap<>();
		if (props instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if (!IGNORED.contains(key.toString())) {
					sorted.put(key.toString(), value);
				}
			});
		}
		return sorted.toString();
	}

	private static String sha256(CharSequence text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
