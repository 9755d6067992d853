package org.innograph.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public GraphQL endpoint.
 *
 * @param maxBodyBytes largest request body accepted
 * @param maxDocumentCharacters largest query document, in characters
 * @param maxTokens most parser tokens in a document
 * @param maxDepth deepest field nesting
 * @param maxAliases most aliased fields in one operation
 * @param maxNodes most nodes a query may ask for: the sum over every paged field of its {@code first}
 * times the {@code first} of the fields it is nested in
 * @param maxPageSize the largest {@code first} anywhere
 * @param rateCapacity points a client may spend at once (a burst)
 * @param rateRefill points a client gets back per refill period
 * @param ratePeriod the refill period
 * @param mutationWeight points a mutation costs on top of its query cost
 * @param exportCost points a {@code GET /export/…} costs: with the default budget a client may download
 * 12 exports at once, then one every 5 seconds (fewer when it also queries)
 */
@ConfigurationProperties("innograph.limits")
public record LimitsProperties(@DefaultValue("100000") int maxBodyBytes,
		@DefaultValue("20000") int maxDocumentCharacters, @DefaultValue("3000") int maxTokens,
		@DefaultValue("12") int maxDepth, @DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxNodes,
		@DefaultValue("100") int maxPageSize, @DefaultValue("600") long rateCapacity,
		@DefaultValue("600") long rateRefill, @DefaultValue("1m") Duration ratePeriod,
		@DefaultValue("20") int mutationWeight, @DefaultValue("50") int exportCost) {
}
