package org.innograph.curation;

import org.innograph.graph.Basis;
import org.innograph.graph.RelationshipType;

/**
 * A relationship a sentence (or a table row) states between two mentioned entities, with
 * the rule that read it, the verbatim quote and its line, and how sure the rule is (0–1).
 */
public record ProposedRelationship(RelationshipType type, Mention from, Mention to, String role, Basis basis,
		String quote, int line, double confidence, String rule) {

	/** The key of the claim: type and both ends, the same however often it is stated. */
	public String key() {
		return this.from.key() + ">" + this.type + ">" + this.to.key() + ((this.role != null) ? "#" + this.role : "");
	}

}
