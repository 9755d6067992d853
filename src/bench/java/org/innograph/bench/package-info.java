/**
 * Benchmarks: a deterministic synthetic ecosystem graph at any scale, its loader, and a load client that
 * runs the query mix against Innograph, the raw driver and the {@code @neo4j/graphql} peer. Not part of
 * the service: run from the jar by {@code bench/run.sh}.
 */
package org.innograph.bench;
