package org.innograph.paths;

import java.util.List;

import org.innograph.entity.Entity;
import org.innograph.graph.Basis;

/** A chain of relationships from one entity to another. */
record Path(int length, List<Entity> nodes, List<Hop> hops) {

	/** Whether every hop rests on a STATED relationship. */
	public boolean allStated() {
		return this.hops.stream().allMatch((hop) -> hop.basis() == Basis.STATED);
	}

	/** The relationship ids along the path, which tell two paths apart. */
	List<String> relationshipIds() {
		return this.hops.stream().map((hop) -> hop.relationship().id()).toList();
	}

}
