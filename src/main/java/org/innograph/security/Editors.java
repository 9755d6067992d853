package org.innograph.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is writing. Which role a write needs is declared on its handler
 * ({@code @PreAuthorize}, see {@link SecurityConfiguration}, worded for clients by
 * {@code api/ErrorCodes}); this names the caller for history.
 */
public final class Editors {

	/** For handlers that need an editor: an admin may do everything an editor may. */
	public static final String EDITOR = "hasRole('EDITOR')";

	/** For handlers only an admin may call. */
	public static final String ADMIN = "hasRole('ADMIN')";

	private Editors() {
	}

	/**
	 * The actor recorded in history: {@code token:<name>} of the authenticated caller.
	 */
	public static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof ApiTokenAuthentication token) || !token.isAuthenticated()) {
			// The handler's @PreAuthorize ran first; reaching this is a handler without
			// one.
			throw new IllegalStateException("A write without a declared role");
		}
		return "token:" + token.getName();
	}

}
