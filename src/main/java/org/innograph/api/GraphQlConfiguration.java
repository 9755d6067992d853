package org.innograph.api;

import graphql.scalars.ExtendedScalars;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * Scalars the schema declares: our strict {@code Date}, and
 * graphql-java-extended-scalars' RFC 3339 {@code DateTime} for instants (it writes an
 * {@code OffsetDateTime} with its offset and reads only full date-times). Their
 * descriptions and {@code @specifiedBy} come from schema.graphqls.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** Answers on the request's thread when the answer is ready (see the class). */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new SameThreadResponses(webGraphQlHandler);
	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(DateScalars.DATE)
			.scalar(DateScalars.DATE_OR_PARTIAL)
			.scalar(ExtendedScalars.DateTime);
	}

}
