package org.innograph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The contract as graphql-java reads it: SDL built into a schema (extensions merged into
 * their types) and printed again in one canonical form, so that two texts of the same
 * schema compare equal.
 */
final class SchemaSdl {

	static final Path CONTRACT = Path.of("schema.graphqls");

	private SchemaSdl() {
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/**
	 * The schema printed with its descriptions, directives and scalars, types in name
	 * order; without the description of the {@code schema} block, which Spring's served
	 * SDL leaves out.
	 */
	static String canonical(String sdl) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives(true)
			.includeScalarTypes(true)
			.includeSchemaDefinition(true)
			.includeIntrospectionTypes(false)).print(schema(sdl).transform((schema) -> schema.description(null)));
	}

}
