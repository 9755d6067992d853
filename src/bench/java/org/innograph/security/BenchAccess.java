package org.innograph.security;

import java.time.Duration;

import org.neo4j.driver.Driver;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * An editor token made by the application's own {@link ApiTokens}, for the benchmark's
 * mutations, on a store the benchmark has open anyway: the {@code token create} command
 * would start the whole application on it once more. The constructor of {@link ApiTokens}
 * is package-private; this class lives in the benchmark's own source set (src/bench/java)
 * and reaches it from the same package. The token cache's settings do not matter here:
 * creating a token does not use it.
 */
public final class BenchAccess {

	private BenchAccess() {
	}

	/** Creates an editor token named {@code name} and returns it. */
	public static String createEditorToken(Driver driver, String name) {
		ApiTokens tokens = new ApiTokens(Neo4jClient.create(driver), new Neo4jTransactionManager(driver),
				new IdentityProperties("", 1, Duration.ZERO, Duration.ZERO));
		return tokens.create(name, Role.EDITOR);
	}

}
