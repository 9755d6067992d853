package org.innograph.entity;

import java.util.List;

/**
 * A membership's role as the API names it. The seed writes a council's roles per kind of
 * member ({@code lead} for a complex, {@code lead-region} for a region, the table's 주관산단
 * and 주관지역), so one API role stands for the stored roles of both.
 */
public enum MembershipRole {

	/** Leads (주관): a lead complex or a lead region. */
	LEAD(List.of("lead", "lead-region")),

	/** Linked (연계): a linked complex or a linked region. */
	LINKED(List.of("linked", "linked-region"));

	private final List<String> stored;

	MembershipRole(List<String> stored) {
		this.stored = stored;
	}

	/**
	 * The {@code role} values stored on MEMBER_OF relationships that this role stands
	 * for.
	 */
	public List<String> stored() {
		return this.stored;
	}

}
