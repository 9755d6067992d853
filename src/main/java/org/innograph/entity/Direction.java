package org.innograph.entity;

/** Which relationships of an entity to follow, seen from that entity. */
public enum Direction {

	OUTGOING, INCOMING, BOTH;

	/**
	 * True for outgoing only, false for incoming only, null for both: the Cypher
	 * parameter.
	 */
	Boolean outgoing() {
		return switch (this) {
			case OUTGOING -> Boolean.TRUE;
			case INCOMING -> Boolean.FALSE;
			case BOTH -> null;
		};
	}

}
