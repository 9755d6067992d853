package org.innograph.measures;

import java.util.Map;

import org.innograph.graph.RelationshipType;

/**
 * The measures of one entity within a projection.
 *
 * @param degree relationships it takes part in (each relationship counts once, parallel
 * ones too)
 * @param inDegree relationships that end at it
 * @param outDegree relationships that start at it
 * @param degreeByType its relationships counted per type
 * @param betweenness shortest paths between other pairs of entities that pass through it,
 * relationships taken as undirected links (a pair joined by several shortest paths counts
 * the share through it)
 * @param betweennessNormalized betweenness divided by the number of pairs of other
 * entities
 * @param pageRank its PageRank in the directed graph (symmetric relationships both ways),
 * damping 0.85; the values of a projection sum to 1
 * @param community the number of its community (Louvain), 0 for the largest
 * @param communitySize how many entities its community holds
 */
public record EntityMeasures(int degree, int inDegree, int outDegree, Map<RelationshipType, Integer> degreeByType,
		double betweenness, double betweennessNormalized, double pageRank, int community, int communitySize) {

	/** The value of one measure, for sorting. */
	public double value(Measure measure) {
		return switch (measure) {
			case DEGREE -> this.degree;
			case IN_DEGREE -> this.inDegree;
			case OUT_DEGREE -> this.outDegree;
			case BETWEENNESS -> this.betweenness;
			case PAGE_RANK -> this.pageRank;
		};
	}

}
