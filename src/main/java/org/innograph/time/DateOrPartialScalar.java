package org.innograph.time;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.innograph.graph.PartialDate;

/**
 * {@code DateOrPartial}: a day, a month or a year (2023-10-19, 2022-12, 2022), read into
 * a {@link PartialDate}. {@code asOf} arguments take it so that "as of 2022" can be asked
 * as the sources date things; the strict {@code Date} scalar stays what it is for exact
 * days. Bad input is a GraphQL validation error naming the forms, never a stack trace.
 */
public final class DateOrPartialScalar {

	public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("DateOrPartial")
		.description("A date known to a day, a month or a year: 2023-10-19, 2022-12 or 2022.")
		.coercing(new PartialDateCoercing())
		.build();

	private DateOrPartialScalar() {
	}

	private static final class PartialDateCoercing implements Coercing<PartialDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof PartialDate date) {
				return date.text();
			}
			throw new CoercingSerializeException("Expected a partial date, got " + typeName(value));
		}

		@Override
		public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (!(input instanceof String text)) {
				throw new CoercingParseValueException(
						"A DateOrPartial is a string such as 2023-10-19, 2022-12 or 2022, got " + typeName(input));
			}
			try {
				return PartialDate.parse(text);
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseValueException(ex.getMessage());
			}
		}

		@Override
		public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (!(input instanceof StringValue text)) {
				throw new CoercingParseLiteralException(
						"A DateOrPartial is a string such as 2023-10-19, 2022-12 or 2022");
			}
			try {
				return PartialDate.parse(text.getValue());
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

		private static String typeName(Object value) {
			return (value != null) ? value.getClass().getSimpleName() : "null";
		}

	}

}
