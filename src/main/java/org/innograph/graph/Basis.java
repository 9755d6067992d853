package org.innograph.graph;

import java.util.Set;

/**
 * What the cited text says about a claim: that it is so, that it is intended, or nothing
 * a curator did not read into it. Ordered strongest first.
 */
public enum Basis {

	/** The text says it is so. */
	STATED,
	/** The text says it is intended, planned, proposed or expected. */
	PLANNED,
	/** A curator's reading; the record's note says why. */
	INFERRED;

	/** Statuses that say a thing happened: a PLANNED basis contradicts them. */
	public static final Set<String> HAPPENED = Set.of("CONFIRMED", "DESIGNATED", "SIGNED", "IN_OPERATION", "COMPLETED");

	/**
	 * A stored basis; an absent one reads as STATED. The seed and the editing API require
	 * a basis, so only a record written by a release before bases existed can lack one.
	 */
	public static Basis orStated(Object value) {
		return (value != null) ? valueOf(value.toString()) : STATED;
	}

	/** The weaker of two: STATED only when both are; INFERRED when either is. */
	public Basis weaker(Basis other) {
		return (this.ordinal() >= other.ordinal()) ? this : other;
	}

}
