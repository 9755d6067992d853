package org.innograph.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: the principal is the token's name, never the
 * token.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String name;

	private final Role role;

	ApiTokenAuthentication(String name, Role role) {
		super(List.of(new SimpleGrantedAuthority(role.authority())));
		this.name = name;
		this.role = role;
		setAuthenticated(true);
	}

	Role role() {
		return this.role;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.name;
	}

	@Override
	public String getName() {
		return this.name;
	}

}
