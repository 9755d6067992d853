package org.innograph.curation;

import org.innograph.graph.EntityKind;

/**
 * A place in a document that names an entity: a known one ({@code entityId} set) or a
 * candidate for a new one ({@code entityId} null). {@code start} and {@code end} are
 * character offsets in the line (end exclusive); {@code text} is the line's text there,
 * except for a round of an event, whose name is made of the event's, its ordinal and its
 * region ({@code 산업혁신기반구축 로드맵 공청회 (1차, 서울)}) and whose span is its line.
 */
public record Mention(String entityId, EntityKind kind, String text, int line, int start, int end) {

	public boolean known() {
		return this.entityId != null;
	}

	/** The key a mention is grouped by: a known entity's id, or the candidate's name. */
	public String key() {
		return known() ? this.entityId : "new:" + Names.compact(this.text);
	}

	boolean overlaps(Mention other) {
		return this.line == other.line && this.start < other.end && other.start < this.end;
	}

}
