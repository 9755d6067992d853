package org.innograph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Resolves global ids of any type. The form of an id says what it names: {@code rel:}
 * relationships, {@code doc:} sources, {@code ev:} evidence, {@code <entity>#<key>}
 * facts, and an entity prefix ({@code org:}, {@code region:} …) entities; other prefixes
 * belong to a {@link NodeSource} ({@code change:}). One statement per type present,
 * however many ids.
 */
@Component
public class NodeLookup {

	private final EntityReads reads;

	private final List<NodeSource> sources;

	NodeLookup(EntityReads reads, ObjectProvider<NodeSource> sources) {
		this.reads = reads;
		this.sources = sources.orderedStream().toList();
	}

	public Map<String, Object> find(List<String> ids) {
		List<String> relationships = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		List<String> facts = new ArrayList<>();
		List<String> entities = new ArrayList<>();
		Map<NodeSource, List<String>> others = new HashMap<>();
		for (String id : ids) {
			NodeSource source = this.sources.stream().filter((s) -> id.startsWith(s.prefix())).findFirst().orElse(null);
			if (source != null) {
				others.computeIfAbsent(source, (s) -> new ArrayList<>()).add(id);
			}
			else if (id.startsWith("rel:")) {
				relationships.add(id);
			}
			else if (id.startsWith("doc:")) {
				sources.add(id);
			}
			else if (id.startsWith("ev:")) {
				evidence.add(id);
			}
			else if (id.contains("#")) {
				facts.add(id);
			}
			else if (EntityKind.ofId(id).isPresent()) {
				entities.add(id);
			}
		}
		Map<String, Object> found = new HashMap<>();
		if (!relationships.isEmpty()) {
			found.putAll(this.reads.relationships(relationships));
		}
		if (!sources.isEmpty()) {
			found.putAll(this.reads.sources(sources));
		}
		if (!evidence.isEmpty()) {
			found.putAll(this.reads.evidence(evidence));
		}
		if (!facts.isEmpty()) {
			found.putAll(this.reads.facts(facts));
		}
		if (!entities.isEmpty()) {
			found.putAll(this.reads.entities(entities));
		}
		others.forEach((source, owned) -> found.putAll(source.find(owned)));
		return found;
	}

}
