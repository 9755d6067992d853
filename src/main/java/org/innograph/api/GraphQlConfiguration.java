package org.innograph.api;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars the schema declares: our strict {@code Date}, and
 * graphql-java-extended-scalars' RFC 3339 {@code DateTime} for instants (it writes an
 * {@code OffsetDateTime} with its offset and reads only full date-times). Their
 * descriptions and {@code @specifiedBy} come from schema.graphqls.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(DateScalars.DATE)
			.scalar(DateScalars.DATE_OR_PARTIAL)
			.scalar(ExtendedScalars.DateTime);
	}

}
