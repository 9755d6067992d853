package org.innograph.store;

import java.net.URI;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/** Wires the database selection and the startup steps. */
@Configuration(proxyBeanMethods = false)
class GraphStoreConfiguration {

	/**
	 * A named database on a server or cluster; the server's default when none is
	 * configured.
	 */
	@Bean
	DatabaseSelectionProvider databaseSelectionProvider(GraphStoreProperties properties) {
		return StringUtils.hasText(properties.database())
				? DatabaseSelectionProvider.createStaticDatabaseSelectionProvider(properties.database())
				: DatabaseSelectionProvider.getDefaultSelectionProvider();
	}

	@Bean
	GraphReads graphReads(Neo4jClient client, PlatformTransactionManager transactionManager, Driver driver,
			DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks, GraphStoreProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		PipelinedReadTransactions units = new PipelinedReadTransactions(driver, databases, bookmarks,
				properties.readTimeout());
		return new GraphReads(client, transactionManager, units, properties,
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	/** In the database the application reads, not necessarily the server's default. */
	@Bean
	SchemaMigrations schemaMigrations(Driver driver, GraphStoreProperties properties) {
		return new SchemaMigrations(driver, properties.database());
	}

	@Bean
	GraphPreparation graphStore(SchemaMigrations schemaMigrations, ObjectProvider<PreparationStep> steps,
			GraphStoreProperties properties, ObjectProvider<Neo4jConnectionDetails> connectionDetails) {
		URI uri = connectionDetails.getIfAvailable(() -> new Neo4jConnectionDetails() {
		}).getUri();
		return new GraphPreparation(schemaMigrations, steps.orderedStream().toList(), properties, uri);
	}

}
