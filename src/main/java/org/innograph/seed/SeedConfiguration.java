package org.innograph.seed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed as a startup step of the store: read and checked when the service starts,
 * loaded after the schema.
 */
@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

	@Bean
	@Order(100)
	SeedStep seedStep(SeedProperties properties, Neo4jClient client, TransactionTemplate transactions) {
		return new SeedStep(properties, client, transactions);
	}

}
