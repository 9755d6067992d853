package org.innograph.security;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The check every write makes first: who is calling, and may that role do this. */
public final class Editors {

	private Editors() {
	}

	/**
	 * The name of the authenticated caller (used as the actor in history), if the caller holds
	 * {@code needed}; otherwise UNAUTHENTICATED (no or an invalid credential) or FORBIDDEN.
	 */
	public static String require(Role needed) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof ApiTokenAuthentication token) || !token.isAuthenticated()) {
			throw new ApiException(ErrorCode.UNAUTHENTICATED,
					"This needs a credential: send 'Authorization: Bearer <token>' with an editor or admin token.");
		}
		if (!token.role().covers(needed)) {
			throw new ApiException(ErrorCode.FORBIDDEN,
					"The token '" + token.getName() + "' has the role " + token.role().name().toLowerCase()
							+ "; this needs " + needed.name().toLowerCase() + ".");
		}
		return "token:" + token.getName();
	}

}
