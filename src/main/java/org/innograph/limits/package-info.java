/**
 * What a public GraphQL endpoint must refuse before it reaches the database: oversized bodies and
 * documents, deep or alias-heavy queries, queries whose nested page sizes add up to too many nodes, and
 * clients that ask too much too often.
 */
package org.innograph.limits;
