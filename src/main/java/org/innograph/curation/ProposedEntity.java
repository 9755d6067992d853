package org.innograph.curation;

import org.innograph.graph.EntityKind;

/**
 * A candidate for a new entity: its name as first written, the kind its shape says, how
 * often the document names it and where first (line and verbatim quote).
 */
public record ProposedEntity(String key, EntityKind kind, String name, int mentions, int line, String quote,
		double confidence) {
}
