package org.innograph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when no external one is configured, and points the driver
 * at it with the credentials the database was given at its first start. The driver's
 * connection details depend on the database bean, so the database is up before the
 * driver, and is stopped after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabase.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDirectory(), properties.boltPort(), properties.pageCache(),
				properties.transactionTimeout());
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return embeddedNeo4j.credentials().authToken();
			}

		};
	}

}
