package org.innograph.paths;

import org.innograph.entity.Entity;
import org.innograph.entity.Relationship;
import org.innograph.graph.Basis;

/**
 * One step of a path; {@code forward} when it follows the relationship's own direction.
 */
record Hop(Entity from, Entity to, Relationship relationship, boolean forward) {

	/** What the relationship followed rests on. */
	public Basis basis() {
		return this.relationship.basis();
	}

	/** How settled the relationship followed is. */
	public String status() {
		return this.relationship.status();
	}

}
