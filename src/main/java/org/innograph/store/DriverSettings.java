package org.innograph.store;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Logging;
import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings of the Neo4j driver beyond what Spring Boot's properties cover. */
@Configuration(proxyBeanMethods = false)
class DriverSettings {

	/**
	 * No retries by the driver: the application retries a failed read itself, a bounded
	 * number of times ({@code innograph.store.read-attempts}, see {@link GraphReads}),
	 * and never a write. The driver's managed transactions (the reads of a query run in
	 * one when the driver offers no shortcut, see {@link PipelinedReadTransactions})
	 * would otherwise try again for up to 30 s when the database cannot be reached,
	 * holding the request the whole time.
	 */
	@Bean
	ConfigBuilderCustomizer noDriverRetries() {
		return (builder) -> builder.withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS);
	}

	/**
	 * No "unrecognized" notifications: reads test optional properties ({@code retired},
	 * {@code validTo}) that most records lack, which the server would otherwise report on
	 * every statement and the driver log as a warning — costly on the hot path and noise
	 * in the logs. Deprecation and performance notifications still come through.
	 */
	@Bean
	ConfigBuilderCustomizer quietUnrecognizedNotifications() {
		return (builder) -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

	/**
	 * The driver logs through SLF4J, like the rest of the service: its levels are set
	 * with {@code logging.level.org.neo4j.driver}, as any library's. Its default (the
	 * JDK's {@code System.Logger}) formats every debug and trace message before the level
	 * is checked, one at every flush of a statement; this one formats a message only when
	 * its level is on.
	 */
	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return (builder) -> builder.withLogging(Logging.slf4j());
	}

}
