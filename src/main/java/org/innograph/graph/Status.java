package org.innograph.graph;

/** How settled a fact is: a plan states intentions, a signed MOU is done. */
public enum Status {

	PLANNED, PROPOSED, ANNOUNCED, CONFIRMED, DESIGNATED, SIGNED, IN_OPERATION, COMPLETED

}
