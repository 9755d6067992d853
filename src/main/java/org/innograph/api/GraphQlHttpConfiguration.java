package org.innograph.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * The GraphQL endpoint's HTTP handler, in place of Spring Boot's (which steps aside when
 * one is defined). Only in the web application: the command-line tools have no endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/** Answers on the request's thread when the answer is ready (see the class). */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new SameThreadResponses(webGraphQlHandler);
	}

}
