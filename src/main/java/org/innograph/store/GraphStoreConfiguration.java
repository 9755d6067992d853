package org.innograph.store;

import java.net.URI;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
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

	/**
	 * The driver that Spring's transaction manager and {@code Neo4jClient} share: its
	 * explicit transactions send BEGIN with their first statement.
	 */
	@Bean
	PipelinedBegins pipelinedBegins(Driver driver) {
		return new PipelinedBegins(driver);
	}

	/**
	 * Spring Data Neo4j's client, as Spring Boot makes it, on the driver whose
	 * transactions pipeline BEGIN; it finds the bookmark manager in the context.
	 */
	@Bean
	Neo4jClient neo4jClient(PipelinedBegins begins, DatabaseSelectionProvider databases) {
		return Neo4jClient.create(begins.driver(), databases);
	}

	/**
	 * Spring Data Neo4j's transaction manager, as Spring Boot makes it, on the same
	 * driver as {@link #neo4jClient}: a statement joins the transaction begun on the
	 * driver it runs on.
	 */
	@Bean
	Neo4jTransactionManager transactionManager(PipelinedBegins begins, DatabaseSelectionProvider databases,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		Neo4jTransactionManager manager = new Neo4jTransactionManager(begins.driver(), databases);
		customizers.ifAvailable((each) -> each.customize(manager));
		return manager;
	}

	@Bean
	GraphReads graphReads(Neo4jClient client, PlatformTransactionManager transactionManager, Driver driver,
			DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks, GraphStoreProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		PipelinedReadTransactions units = new PipelinedReadTransactions(driver, databases, bookmarks,
				properties.readTimeout());
		return new GraphReads(client, transactionManager, units, new StatementPlans(driver, databases), properties,
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
