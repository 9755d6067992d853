/**
 * Benchmarks: a deterministic synthetic ecosystem graph at any scale, its loader, and a
 * load client that runs the query mix against Innograph, the raw driver and the
 * {@code @neo4j/graphql} peer. Not part of the service: compiled from src/bench/java into
 * its own jar, beside the application jar, by {@code bench/run.sh}.
 */
package org.innograph.bench;
