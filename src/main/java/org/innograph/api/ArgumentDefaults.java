package org.innograph.api;

import graphql.execution.ValuesResolver;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;

/**
 * An argument's value, or the schema's default for it when the client gave null. GraphQL
 * puts a default in only when the argument is left out: {@code before: null} (or a
 * variable set to null) reaches the field as null. An argument with a default therefore
 * reads null as "not given", the same rule the paged fields follow for {@code first}
 * ({@code limits.DefaultPages}), so that the default is written once, in the schema.
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
		if (argument == null || !argument.hasSetDefaultValue()) {
			throw new IllegalStateException(
					"'" + name + "' of " + env.getFieldDefinition().getName() + " has no default in the schema");
		}
		Object coerced = ValuesResolver.valueToInternalValue(argument.getArgumentDefaultValue(), argument.getType(),
				env.getGraphQlContext(), env.getLocale());
		return type.cast(coerced);
	}

}
