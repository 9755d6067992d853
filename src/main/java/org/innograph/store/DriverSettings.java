package org.innograph.store;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;
import org.neo4j.driver.NotificationClassification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Settings of the Neo4j driver beyond what Spring Boot's properties cover, for every
 * driver of the service: the one Spring Boot builds and the bookmark barrier's own.
 */
@Configuration(proxyBeanMethods = false)
public class DriverSettings {

	@Bean
	ConfigBuilderCustomizer serviceDriverSettings() {
		return DriverSettings::applyTo;
	}

	/**
	 * What of the driver's work is observed (timed and counted): by default its
	 * connection pool only ({@link PoolObservations});
	 * {@code innograph.store.driver-observations=all} leaves Spring Boot's choice, every
	 * session, transaction, statement, result and Bolt message, each kind filtered by
	 * {@code management.observations.enable.neo4j.*}. Ordered after Spring Boot's
	 * customizer (order 0), which sets that provider.
	 */
	@Bean
	@Order(1)
	ConfigBuilderCustomizer driverObservations(ObjectProvider<ObservationRegistry> registry,
			GraphStoreProperties properties) {
		return (builder) -> {
			ObservationRegistry observed = registry.getIfAvailable();
			if (properties.driverObservations() == GraphStoreProperties.DriverObservations.POOL && observed != null) {
				builder.withObservationProvider(new PoolObservations(observed));
			}
		};
	}

	/**
	 * Applies the service's settings to a driver's configuration; returns it.
	 * <ul>
	 * <li>No retries by the driver: the application retries a failed read itself, a
	 * bounded number of times ({@code innograph.store.read-attempts}, see
	 * {@link GraphReads}), and never a write. The driver's managed transactions (the
	 * reads of a query run in one when the driver offers no shortcut, see
	 * {@link PipelinedReadTransactions}) would otherwise try again for up to 30 s when
	 * the database cannot be reached, holding the request the whole time.</li>
	 * <li>No "unrecognized" notifications: reads test optional properties
	 * ({@code retired}, {@code validTo}) that most records lack, which the server would
	 * otherwise report on every statement and the driver log as a warning: costly on the
	 * hot path and noise in the logs. Deprecation and performance notifications still
	 * come.</li>
	 * <li>Logging through SLF4J, like the rest of the service: the levels are set with
	 * {@code logging.level.org.neo4j.driver}, as any library's. The driver's default (the
	 * JDK's {@code System.Logger}) formats every debug and trace message before the level
	 * is checked, one at every flush of a statement; SLF4J only when the level is
	 * on.</li>
	 * </ul>
	 */
	public static Config.ConfigBuilder applyTo(Config.ConfigBuilder builder) {
		return builder.withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED))
			.withLogging(Logging.slf4j());
	}

}
