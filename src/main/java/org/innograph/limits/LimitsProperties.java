package org.innograph.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public GraphQL endpoint.
 *
 * @param maxBodyBytes largest request body accepted
 * @param maxDocumentCharacters largest query document, in characters
 * @param maxTokens most parser tokens in a document
 * @param maxDepth deepest field nesting
 * @param maxAliases most aliased fields in one operation
 * @param maxNodes most nodes a query may ask for: the sum over every paged field of its
 * {@code first} times the {@code first} of the fields it is nested in
 * @param maxPageSize the largest {@code first} anywhere
 * @param rateCapacity points a client may spend at once (a burst)
 * @param rateRefill points a client gets back per refill period
 * @param ratePeriod the refill period
 * @param mutationWeight points a mutation costs on top of its query cost
 * @param exportCost points a {@code GET /export/…} of more than a one-hop neighbourhood
 * costs (the whole graph, paths, a time line, two or three hops): with the default budget
 * a client may download 12 such exports at once, then one every 5 seconds (fewer when it
 * also queries)
 * @param exportNeighbourhoodCost points a one-hop neighbourhood export
 * ({@code around=<id>}, what the explorer's network view draws) costs before its unfolded
 * entities: about what a small query costs
 * @param exportUnfoldCost points each entity a one-hop neighbourhood export unfolds
 * ({@code expand}) adds; the sum never exceeds {@code exportCost}
 * @param analysisTimeout time a request's document may take to be parsed, validated and
 * measured against these limits, all together; past it the request is refused with
 * LIMIT_EXCEEDED
 * @param maxResponseBytes largest answer: a request whose answer grows past it while its
 * fields resolve is stopped with LIMIT_EXCEEDED, and nothing more is fetched for it
 * @param factsPerRecord the bound an entity's {@code facts} count with (the seed's
 * largest is 12)
 * @param evidencePerRecord the bound a record's {@code evidence} counts with (the seed's
 * largest is 3)
 * @param sourcesPerEntity the bound an entity's {@code sources} count with (the seed
 * cites 5 documents)
 * @param listBound the bound of every other list that neither pages nor has a bound of
 * its own ({@code sources}, a partnership's links, the counts of {@code stats})
 * @param maxRecords most records a query may read: the sum over every list it can return
 * of the list's length (its {@code first}, or its bound above) times the lengths of the
 * lists around it, with one for each single record (a relationship's {@code from})
 * @param maxIntrospectionDepth deepest nesting of an operation that only reads the schema
 * ({@code __schema}, {@code __type}): the standard introspection queries of GraphiQL,
 * graphql-js and graphql-java nest 13 to 15 levels, over {@code maxDepth}, and select
 * nothing but the schema, so they are bounded by this instead
 * @param maxGetUrlCharacters longest query string of a GraphQL {@code GET}
 * ({@code query}, {@code variables} and {@code operationName}, URL-encoded); the server's
 * request-header limit is set above it so that a longer one is answered by this limit
 * (414, LIMIT_EXCEEDED)
 */
@ConfigurationProperties("innograph.limits")
public record LimitsProperties(@DefaultValue("100000") int maxBodyBytes,
		@DefaultValue("20000") int maxDocumentCharacters, @DefaultValue("3000") int maxTokens,
		@DefaultValue("12") int maxDepth, @DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxNodes,
		@DefaultValue("100") int maxPageSize, @DefaultValue("600") long rateCapacity,
		@DefaultValue("600") long rateRefill, @DefaultValue("1m") Duration ratePeriod,
		@DefaultValue("20") int mutationWeight, @DefaultValue("50") int exportCost,
		@DefaultValue("1s") Duration analysisTimeout, @DefaultValue("5000000") long maxResponseBytes,
		@DefaultValue("30") int factsPerRecord, @DefaultValue("10") int evidencePerRecord,
		@DefaultValue("10") int sourcesPerEntity, @DefaultValue("100") int listBound,
		@DefaultValue("50000") long maxRecords, @DefaultValue("20") int maxIntrospectionDepth,
		@DefaultValue("30000") int maxGetUrlCharacters, @DefaultValue("2") int exportNeighbourhoodCost,
		@DefaultValue("1") int exportUnfoldCost) {

	@ConstructorBinding
	public LimitsProperties {
	}

	/**
	 * The limits of the rate and the document, with the defaults of the analysis and the
	 * answer.
	 */
	public LimitsProperties(int maxBodyBytes, int maxDocumentCharacters, int maxTokens, int maxDepth, int maxAliases,
			int maxNodes, int maxPageSize, long rateCapacity, long rateRefill, Duration ratePeriod, int mutationWeight,
			int exportCost) {
		this(maxBodyBytes, maxDocumentCharacters, maxTokens, maxDepth, maxAliases, maxNodes, maxPageSize, rateCapacity,
				rateRefill, ratePeriod, mutationWeight, exportCost, Duration.ofSeconds(1), 5_000_000, 30, 10, 10, 100,
				50_000, 20, 30_000, 2, 1);
	}

	/** The bounds the node count gives the lists that do not page. */
	public QueryShape.ListBounds listBounds() {
		return new QueryShape.ListBounds(this.factsPerRecord, this.evidencePerRecord, this.sourcesPerEntity,
				this.listBound);
	}

}
