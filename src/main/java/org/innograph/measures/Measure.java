package org.innograph.measures;

/** The measures entities can be ranked by. */
public enum Measure {

	/** Number of relationships, both directions. */
	DEGREE,
	/** Number of relationships that end at the entity. */
	IN_DEGREE,
	/** Number of relationships that start at the entity. */
	OUT_DEGREE,
	/**
	 * Betweenness centrality: how often the entity lies on shortest paths between others
	 * (brokers).
	 */
	BETWEENNESS,
	/** PageRank: importance from being pointed at by important entities. */
	PAGE_RANK

}
