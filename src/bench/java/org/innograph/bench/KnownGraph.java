package org.innograph.bench;

import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;

/**
 * A graph held in memory whose every entity and relationship is known, so that the
 * benchmark's expected answers ({@link Manifest}) are computed here rather than by the
 * database under test: the synthetic graph, or the curated seed. Entities are numbered
 * 0…n-1, grouped by kind.
 */
interface KnownGraph {

	long seed();

	int entityCount();

	int relationshipCount();

	int evidenceCount();

	EntityKind kind(int entity);

	/** Number of entities of a kind. */
	int count(EntityKind kind);

	/** The index of the n-th entity of a kind. */
	int entityOf(EntityKind kind, int n);

	String id(int entity);

	/** Relationships between entities that touch this one, in either direction. */
	int degree(int entity);

	int relationshipFrom(int relationship);

	int relationshipTo(int relationship);

	RelationshipType relationshipType(int relationship);

	/**
	 * Whether the relationship is STATED by its source (not planned or inferred);
	 * connections follow these first.
	 */
	default boolean stated(int relationship) {
		return true;
	}

	String nameKo(int entity);

	String nameEn(int entity);

	/** The text the search indexes cover: every name, lower case, joined by spaces. */
	String searchText(int entity);

	/**
	 * The entities adjacent to each entity (both directions), as a compressed adjacency
	 * list.
	 */
	default int[][] adjacency() {
		return adjacency((relationship) -> true);
	}

	/** The same over the relationships that pass the filter only. */
	default int[][] adjacency(java.util.function.IntPredicate relationships) {
		int size = entityCount();
		int[] offsets = new int[size + 1];
		for (int r = 0; r < relationshipCount(); r++) {
			if (!relationships.test(r)) {
				continue;
			}
			offsets[relationshipFrom(r) + 1]++;
			offsets[relationshipTo(r) + 1]++;
		}
		for (int i = 0; i < size; i++) {
			offsets[i + 1] += offsets[i];
		}
		int[] targets = new int[offsets[size]];
		int[] fill = java.util.Arrays.copyOf(offsets, size);
		for (int r = 0; r < relationshipCount(); r++) {
			if (!relationships.test(r)) {
				continue;
			}
			targets[fill[relationshipFrom(r)]++] = relationshipTo(r);
			targets[fill[relationshipTo(r)]++] = relationshipFrom(r);
		}
		return new int[][] { offsets, targets };
	}

}
