package org.innograph.measures;

/**
 * How much of a projection a measurement may read. Its work is entities × (entities +
 * relationships) ({@link MeasuresProperties#maxWork}); that product passes the bound with
 * the square of the entities alone, and, once they are known, with so many relationships.
 * So the entities are read up to the first one too many, then the relationships up to the
 * first one too many, and a projection over the bound is refused as soon as a read
 * reaches its limit: a request for the whole of a large graph reads a few thousand rows
 * before its refusal, not the graph (at 1M entities that read ran out of time and held
 * millions of rows).
 *
 * @param maxWork the bound of entities × (entities + relationships)
 */
record WorkBound(long maxWork) {

	/**
	 * Rows of entities to read: one more than the most a measurable projection has, the
	 * square root of the bound.
	 */
	long entityRows() {
		return mostEntities() + 1;
	}

	/**
	 * Rows of relationships to read among {@code entities}: one more than the most a
	 * measurable projection of that many entities has.
	 */
	long linkRows(int entities) {
		if (entities == 0) {
			// No relationship joins entities of an empty projection: one row is enough.
			return 1;
		}
		return this.maxWork / entities - entities + 1;
	}

	/** Refuses a projection whose entities' read reached its limit. */
	void checkEntities(int entities) {
		if (entities >= entityRows()) {
			long work = (long) entities * entities;
			throw Measures.overBound(entities, 0, work, this.maxWork, false);
		}
	}

	/** Refuses a projection whose relationships' read reached its limit. */
	void checkLinks(int entities, int relationships) {
		if (entities > 0 && relationships >= linkRows(entities)) {
			long work = entities * ((long) entities + relationships);
			throw Measures.overBound(entities, relationships, work, this.maxWork, false);
		}
	}

	/**
	 * The integer square root of the bound: the most entities a measurable projection
	 * has.
	 */
	private long mostEntities() {
		// Compared by division: the square of a root near that of Long.MAX_VALUE
		// overflows.
		long root = (long) Math.sqrt((double) this.maxWork);
		while (root > 0 && root > this.maxWork / root) {
			root--;
		}
		while (root + 1 <= this.maxWork / (root + 1)) {
			root++;
		}
		return root;
	}

}
