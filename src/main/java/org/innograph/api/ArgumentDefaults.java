package org.innograph.api;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.ValuesResolver;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;

/**
 * The schema's default of an argument, and an argument's value with that default standing
 * in for null. GraphQL puts a default in only when the argument is left out:
 * {@code before: null} (or a variable set to null) reaches the field as null. An argument
 * with a default therefore reads null as "not given", as the paged fields read
 * {@code first} ({@code limits.DefaultPages}, which reads its default here), so that a
 * default is written once, in the schema.
 */
public final class ArgumentDefaults {

	private ArgumentDefaults() {
	}

	/**
	 * {@code value}, or the default the schema gives the argument {@code name} of the
	 * field {@code env} resolves.
	 * @throws IllegalStateException if that argument has no default in the schema: a
	 * field that calls this for it has a bug, not its client
	 */
	public static <T> T orDefault(T value, String name, Class<T> type, DataFetchingEnvironment env) {
		if (value != null) {
			return value;
		}
		GraphQLArgument argument = env.getFieldDefinition().getArgument(name);
		Object fallback = (argument != null) ? of(argument) : null;
		if (fallback == null) {
			throw new IllegalStateException(
					"'" + name + "' of " + env.getFieldDefinition().getName() + " has no default in the schema");
		}
		return type.cast(fallback);
	}

	/**
	 * The schema's default of {@code argument} as a field receives it (an Integer, an
	 * enum value's name …); null when it has none. A default is a literal of the schema,
	 * the same for every request, so no request's context or locale takes part.
	 */
	public static Object of(GraphQLArgument argument) {
		if (!argument.hasSetDefaultValue()) {
			return null;
		}
		return ValuesResolver.valueToInternalValue(argument.getArgumentDefaultValue(), argument.getType(),
				GraphQLContext.getDefault(), Locale.ROOT);
	}

}
