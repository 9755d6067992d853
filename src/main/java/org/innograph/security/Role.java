package org.innograph.security;

import java.util.Locale;

/** What a credential may do. An admin may do everything an editor may. */
public enum Role {

	/**
	 * Creates, corrects and retires entities and relationships, adds evidence, reads
	 * history.
	 */
	EDITOR,
	/** Everything an editor does, plus adding source documents. */
	ADMIN;

	/** The Spring Security authority, e.g. ROLE_EDITOR. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether a holder of this role may act as {@code needed}. */
	public boolean covers(Role needed) {
		return this == ADMIN || this == needed;
	}

	/** Parses editor / admin, case-insensitive. */
	public static Role parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("role must be editor or admin, was " + text);
		}
	}

}
