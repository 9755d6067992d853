package org.innograph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens: {@code (:ApiToken {id, hash, name, role, createdAt, revokedAt})}. The token
 * itself is shown once when created and never stored or logged; only its SHA-256 hash is
 * kept, so a copy of the database does not leak credentials.
 */
@Component
public class ApiTokens {

	/**
	 * Tokens start with this, which makes them easy to spot in a leaked config (and to
	 * scan for).
	 */
	static final String PREFIX = "igt_";

	private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$");

	private static final SecureRandom random = new SecureRandom();

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	/**
	 * Verified holders by token hash, for a bounded time: a revocation elsewhere takes
	 * effect here within it.
	 */
	private final Cache<String, Holder> known;

	ApiTokens(Neo4jClient client, PlatformTransactionManager transactionManager, IdentityProperties identity) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.known = Caffeine.newBuilder()
			.maximumSize(identity.unknownTokens())
			.expireAfterWrite(identity.knownTokenMemory())
			.build();
	}

	/**
	 * An active token's holder: the token's stored id (for rate limits), its name and
	 * role.
	 */
	public record Holder(String id, String name, Role role) {
	}

	/** A token as listed: never the token itself. */
	public record Listed(String id, String name, Role role, String createdAt, String revokedAt) {
	}

	/** Creates a token and returns it; this is the only time the token is visible. */
	public String create(String name, Role role) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"a token name is 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.transactions.executeWithoutResult((status) -> {
			boolean taken = this.client.query("""
					MATCH (t:ApiToken {name: $name}) WHERE t.revokedAt IS NULL RETURN count(t) > 0
					""").bind(name).to("name").fetchAs(Boolean.class).one().orElse(false);
			if (taken) {
				throw new IllegalArgumentException("an active token named '" + name + "' exists; revoke it first");
			}
			this.client.query("""
					CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, role: $role, createdAt: datetime()})
					""")
				.bindAll(Map.of("id", "token:" + UUID.randomUUID(), "hash", hash(token), "name", name, "role",
						role.name()))
				.run();
		});
		return token;
	}

	/**
	 * Revokes every active token with this name; returns how many. This instance forgets
	 * them at once; others within their {@code known-token-memory}.
	 */
	public int revoke(String name) {
		int revoked = this.transactions.execute((status) -> this.client.query("""
				MATCH (t:ApiToken {name: $name}) WHERE t.revokedAt IS NULL
				SET t.revokedAt = datetime()
				RETURN count(t)
				""").bind(name).to("name").fetchAs(Long.class).one().orElse(0L).intValue());
		this.known.asMap().values().removeIf((holder) -> holder.name().equals(name));
		return revoked;
	}

	/** All tokens, newest first. */
	public List<Listed> list() {
		return List.copyOf(this.client.query("""
				MATCH (t:ApiToken)
				RETURN t.id AS id, t.name AS name, t.role AS role, toString(t.createdAt) AS createdAt,
				       toString(t.revokedAt) AS revokedAt
				ORDER BY t.createdAt DESC
				""")
			.fetchAs(Listed.class)
			.mappedBy((types, row) -> new Listed(row.get("id").asString(), row.get("name").asString(),
					Role.valueOf(row.get("role").asString()), row.get("createdAt").asString(null),
					row.get("revokedAt").asString(null)))
			.all());
	}

	/** Who holds this token, if it is one of ours and not revoked. */
	public Optional<Holder> holder(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = hash(token);
		Holder cached = this.known.getIfPresent(hash);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Holder> found = this.client.query("""
				MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL
				RETURN t.id AS id, t.name AS name, t.role AS role
				""")
			.bind(hash)
			.to("hash")
			.fetchAs(Holder.class)
			.mappedBy((types, row) -> new Holder(row.get("id").asString(), row.get("name").asString(),
					Role.valueOf(row.get("role").asString())))
			.first();
		found.ifPresent((holder) -> this.known.put(hash, holder));
		return found;
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
