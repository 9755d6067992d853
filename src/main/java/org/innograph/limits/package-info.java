/**
 * What a public GraphQL endpoint must refuse before it reaches the database: oversized
 * bodies and documents, deep or alias-heavy queries, queries whose nested page sizes add
 * up to too many nodes, and clients that ask too much too often. The request filters here
 * each do one job (request id, body limit, document cost, rate limit), in the order
 * {@link org.innograph.api.FilterOrder} gives them.
 */
package org.innograph.limits;
