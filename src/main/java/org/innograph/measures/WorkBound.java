package org.innograph.measures;

import java.util.Locale;
import java.util.Map;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;

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
			throw overBound(entities, 0, work, false);
		}
	}

	/** Refuses a projection whose relationships' read reached its limit. */
	void checkLinks(int entities, int relationships) {
		if (entities > 0 && relationships >= linkRows(entities)) {
			long work = entities * ((long) entities + relationships);
			throw overBound(entities, relationships, work, false);
		}
	}

	/**
	 * Refuses a network whose measures are more work than one request may do: the
	 * computation cannot be stopped once begun (a projection of 5,837 councils and
	 * industrial complexes of the 1M benchmark graph kept a core busy for 96 s). A
	 * projection read by {@link NetworkReads} was refused already if it was over; a
	 * network built otherwise is checked here, with its exact counts.
	 */
	void check(Network network) {
		long entities = network.nodes().size();
		long work = entities * (entities + network.links().size());
		if (work > this.maxWork) {
			throw overBound(entities, network.links().size(), work, true);
		}
	}

	/**
	 * The refusal of a projection over the bound, with its counts: exact when the whole
	 * projection was read, else those of the part read before its reading stopped (then
	 * the projection holds at least so much, and {@code extensions.exact} is false).
	 */
	private ApiException overBound(long entities, long relationships, long work, boolean exact) {
		String size = exact ? String.format(Locale.ROOT, "%,d entities and %,d relationships", entities, relationships)
				: (relationships == 0) ? String.format(Locale.ROOT, "at least %,d entities", entities) : String
					.format(Locale.ROOT, "%,d entities and at least %,d relationships", entities, relationships);
		String product = String.format(Locale.ROOT, "%,d × (%,d + %,d) = %,d%s, over %,d", entities, entities,
				relationships, work, exact ? "" : " at least", this.maxWork);
		return new ApiException(ErrorCode.LIMIT_EXCEEDED,
				"This projection has " + size + ": measuring it is more work than one request may do (" + product
						+ "). Narrow it: kinds, types or asOf.",
				Map.of("entities", entities, "relationships", relationships, "work", work, "maxWork", this.maxWork,
						"exact", exact));
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
