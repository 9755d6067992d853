package org.innograph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service tells clients apart.
 *
 * @param forwardedHeader behind a reverse proxy, the header in which it puts the client's
 * address, such as {@code X-Forwarded-For} (its last entry counts: the one the proxy
 * added); blank: the connection's address. Set it only when every request comes through
 * that proxy, or clients could name any address.
 * @param unknownTokens how many tokens found unknown or revoked are remembered, so asking
 * again with one does not reach the database
 * @param unknownTokenMemory how long such a token is remembered
 * @param knownTokenMemory how long a verified token's holder is remembered, so that a
 * writer's every request does not look its token up; a token revoked through another
 * instance (or the {@code token revoke} command) is refused here within this time, one
 * revoked through this instance at once
 */
@ConfigurationProperties("innograph.identity")
public record IdentityProperties(@DefaultValue("") String forwardedHeader, @DefaultValue("10000") int unknownTokens,
		@DefaultValue("10m") Duration unknownTokenMemory, @DefaultValue("5s") Duration knownTokenMemory) {
}
