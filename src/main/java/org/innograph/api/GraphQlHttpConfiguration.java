package org.innograph.api;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * The GraphQL endpoint: a filter for the requests front ends send
 * ({@link GraphQlEndpointFilter}), and the framework's HTTP handler, behind the
 * dispatcher servlet, for everything else at the endpoint's address. Only in the web
 * application: the command-line tools have no endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/**
	 * In place of Spring Boot's (which steps aside when one is defined): answers on the
	 * request's thread when the answer is ready (see the class).
	 */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new SameThreadResponses(webGraphQlHandler);
	}

	/**
	 * Last of the filters, after Spring Security's: the endpoint's requests of the common
	 * shape are answered there (see the class).
	 */
	@Bean
	FilterRegistrationBean<GraphQlEndpointFilter> graphQlEndpointFilter(WebGraphQlHandler webGraphQlHandler,
			JsonMapper json, GraphQlProperties properties, DispatcherServletPath dispatcher) {
		String path = properties.getHttp().getPath();
		FilterRegistrationBean<GraphQlEndpointFilter> registration = new FilterRegistrationBean<>(
				new GraphQlEndpointFilter(webGraphQlHandler, json, path, dispatcher.getRelativePath(path)));
		registration.setOrder(FilterOrder.GRAPHQL_ENDPOINT);
		return registration;
	}

}
