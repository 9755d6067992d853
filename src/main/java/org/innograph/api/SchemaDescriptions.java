package org.innograph.api;

import java.util.Map;

import graphql.language.Description;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the running schema say what schema.graphqls says. graphql-java keeps the
 * descriptions scalars bring from Java (extended-scalars' DateTime: "A slightly refined
 * version of RFC-3339 …") over those of the SDL; the served SDL ({@code /graphql/schema})
 * and introspection would then differ from the contract. The SDL's words win here.
 */
@Configuration(proxyBeanMethods = false)
class SchemaDescriptions {

	@Bean
	GraphQlSourceBuilderCustomizer contractDescriptions() {
		return (builder) -> builder.schemaFactory((registry, wiring) -> withContractDescriptions(registry,
				new SchemaGenerator().makeExecutableSchema(registry, wiring)));
	}

	static GraphQLSchema withContractDescriptions(TypeDefinitionRegistry registry, GraphQLSchema schema) {
		Map<String, ScalarTypeDefinition> scalars = registry.scalars();
		return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
					TraverserContext<GraphQLSchemaElement> context) {
				ScalarTypeDefinition definition = scalars.get(scalar.getName());
				String text = (definition != null) ? text(definition.getDescription()) : null;
				if (text == null || text.equals(scalar.getDescription())) {
					return TraversalControl.CONTINUE;
				}
				return changeNode(context, scalar.transform((builder) -> builder.description(text)));
			}

		});
	}

	private static String text(Description description) {
		return (description != null) ? description.getContent() : null;
	}

}
