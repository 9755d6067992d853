package org.innograph.entity;

/**
 * How an entity list's {@code region} filter (and a count by region) ties an entity to a
 * region.
 */
public enum RegionRelation {

	/** The entity is located in the region (a LOCATED_IN link to it). */
	LOCATED_IN,

	/**
	 * The region is a member of the entity, or a member of the entity is located in it: a
	 * council's regions through its member regions and member complexes. A membership
	 * {@code role} filter applies to those memberships.
	 */
	MEMBER_REGION,

	/** Either of the two. */
	ANY;

	boolean located() {
		return this != MEMBER_REGION;
	}

	boolean membership() {
		return this != LOCATED_IN;
	}

}
