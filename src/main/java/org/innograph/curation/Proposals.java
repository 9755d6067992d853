package org.innograph.curation;

import java.util.List;

/**
 * What the pipeline read in one document: every mention of a known entity, the candidates
 * for new entities, and the proposed relationships and facts, each quoted verbatim at its
 * line. Nothing here is in the graph until a person accepts it.
 */
public record Proposals(String sha256, int lineCount, List<Mention> mentions, List<ProposedEntity> entities,
		List<ProposedRelationship> relationships, List<ProposedFact> facts) {

	public Proposals {
		mentions = List.copyOf(mentions);
		entities = List.copyOf(entities);
		relationships = List.copyOf(relationships);
		facts = List.copyOf(facts);
	}

}
