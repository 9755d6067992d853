package org.innograph.store;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings of the Neo4j driver beyond what Spring Boot's properties cover. */
@Configuration(proxyBeanMethods = false)
class DriverSettings {

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

}
