package org.innograph.limits;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the document cache to the GraphQL engine. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentsCustomizer(ParsedDocuments documents) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

}
