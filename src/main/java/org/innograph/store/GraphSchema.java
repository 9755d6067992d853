package org.innograph.store;

import org.neo4j.driver.Driver;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The names other capabilities rely on in the graph's schema, and one call that brings a
 * database's schema up to date outside the running service (tools, tests). The schema
 * itself is the migrations under {@code src/main/resources/neo4j/migrations}, applied by
 * {@link SchemaMigrations}.
 */
public final class GraphSchema {

	/** The full-text index over entity names, acronyms and aliases. */
	public static final String NAME_INDEX = "entity_names";

	/**
	 * The full-text index over the words of every name, as the application cuts them
	 * ({@code nameWords}; whitespace analyser).
	 */
	public static final String NAME_WORDS_INDEX = "entity_name_words";

	/**
	 * The full-text index over every name of an entity as a whole ({@code names}, lower
	 * case; keyword analyser): one term per name, for exact and prefix look-ups.
	 */
	public static final String NAME_KEYS_INDEX = "entity_name_keys";

	/**
	 * The full-text index over the pieces of one or two characters of an entity's names
	 * ({@code nameGrams}; keyword analyser): one term per piece, for the candidates of a
	 * search of one or two characters.
	 */
	public static final String NAME_GRAMS_INDEX = "entity_name_grams";

	/**
	 * The full-text index over descriptions, the text of facts and quotes ({@code cjk}
	 * analyser).
	 */
	public static final String TEXT_INDEX = "search_texts";

	private GraphSchema() {
	}

	/**
	 * Applies the pending schema migrations to the default database behind
	 * {@code driver}; returns how many ran (0 when it was up to date).
	 */
	public static int apply(Driver driver) {
		return new SchemaMigrations(driver, "").apply().applied().size();
	}

	/**
	 * The former entry point, which applied a hashed list of {@code IF NOT EXISTS}
	 * statements. Migrations need the {@link Driver} itself (for their lock and their own
	 * sessions), which a {@link Neo4jClient} does not expose.
	 * @deprecated use {@link #apply(Driver)}
	 */
	@Deprecated(forRemoval = true)
	public static int apply(Neo4jClient client) {
		throw new UnsupportedOperationException(
				"The graph schema is applied by versioned migrations now: call GraphSchema.apply(driver)");
	}

}
