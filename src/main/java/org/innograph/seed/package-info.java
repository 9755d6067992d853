/**
 * The curated seed in {@code graph-seed/}: reading and validating the YAML files,
 * checking them against the source documents, and loading them into Neo4j idempotently at
 * startup.
 */
package org.innograph.seed;
