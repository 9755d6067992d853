package org.innograph.curation;

import java.util.List;

import org.innograph.graph.EntityKind;

/**
 * An entity of the graph as the curation pipeline knows it: its id, kind and every name.
 */
public record KnownEntity(String id, EntityKind kind, List<String> names) {

	public KnownEntity {
		names = List.copyOf(names);
	}

}
