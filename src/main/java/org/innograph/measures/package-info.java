/**
 * Network measures for researchers: degree (in total, by direction and by relationship
 * type), betweenness, PageRank and community membership of every entity, over the whole
 * graph or a projection (entity kinds, relationship types, an as-of date). Computed in
 * the application with JGraphT, so they work the same against an external Neo4j without
 * plugins; results are cached under a fingerprint of the projection's structure, which is
 * read again on every request, so they are never stale.
 */
package org.innograph.measures;
