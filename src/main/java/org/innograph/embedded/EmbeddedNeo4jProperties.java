package org.innograph.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j, used when {@code spring.neo4j.uri} (or
 * {@code NEO4J_URI}) is not set.
 *
 * @param enabled whether to start the embedded database when no external URI is
 * configured
 * @param dataDirectory where the store lives on disk; it survives restarts
 * @param boltPort the loopback port of its Bolt connector; 0 picks a free port
 * @param pageCache the page cache size, e.g. 256m
 * @param transactionTimeout the longest a transaction may run before the database
 * terminates it
 */
@ConfigurationProperties("innograph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("data") Path dataDirectory,
		@DefaultValue("7687") int boltPort, @DefaultValue("256m") String pageCache,
		@DefaultValue("30s") Duration transactionTimeout) {
}
