package org.innograph.limits;

import graphql.language.Argument;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import org.innograph.api.ArgumentDefaults;
import org.innograph.api.Paging;

/**
 * The page a paged field gives when its {@code first} is left out or given as null.
 * GraphQL puts an argument's default in only when the argument is left out: a client that
 * sends {@code first: null} (or a variable set to null) gets null, and a field must then
 * give its own default page, the one the schema shows, not another.
 */
public final class DefaultPages {

	private DefaultPages() {
	}

	/**
	 * The schema's default of a {@code first} argument, else the shared default page
	 * ({@link Paging#DEFAULT_SIZE}).
	 */
	static int of(GraphQLArgument first) {
		Object value = (first != null) ? ArgumentDefaults.of(first) : null;
		return (value instanceof Number number) ? number.intValue() : Paging.DEFAULT_SIZE;
	}

	/** The default {@code first} of the field {@code env} reads ({@link #of}). */
	static int of(DataFetchingEnvironment env) {
		GraphQLFieldDefinition field = env.getFieldDefinition();
		return of(field.getArgument("first"));
	}

	/**
	 * {@code first} as the client gave it: null when it left the argument out (GraphQL
	 * then passes the schema's default, which the caller should cut to its largest page
	 * rather than refuse) or gave null; {@code first} otherwise.
	 */
	static Integer asked(Integer first, DataFetchingEnvironment env) {
		for (Argument argument : env.getField().getArguments()) {
			if (argument.getName().equals("first")) {
				boolean unsetVariable = argument.getValue() instanceof VariableReference reference
						&& !env.getVariables().containsKey(reference.getName());
				return unsetVariable ? null : first;
			}
		}
		return null;
	}

	/**
	 * The page size a field without a configured largest page gives: {@code first} as the
	 * client gave it, else the schema's default.
	 */
	public static int orDefault(Integer first, DataFetchingEnvironment env) {
		Integer asked = asked(first, env);
		return (asked != null) ? asked : of(env);
	}

}
