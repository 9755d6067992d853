package org.innograph.api;

import java.time.LocalDate;
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
 * The schema's {@code Date}: a calendar day, YYYY-MM-DD, read by
 * {@link PartialDate#parseDay}, the rule mutation inputs, the seed and export parameters
 * use too. graphql-java-extended-scalars' {@code Date} parses with a lenient formatter
 * that turns 2023-02-30 into 2023-02-28 and takes year 0000; this one refuses both with
 * the message every other input gets.
 */
final class DateScalar {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date in ISO 8601 form, YYYY-MM-DD, e.g. 2023-10-19: a day that exists "
				+ "(2023-02-30 is refused, not rounded) in the years 1900 to 2100.")
		.coercing(new DayCoercing())
		.build();

	private DateScalar() {
	}

	private static final class DayCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate day) {
				return day.toString();
			}
			throw new CoercingSerializeException("Expected a LocalDate but was " + typeName(value));
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (!(input instanceof String text)) {
				throw new CoercingParseValueException("A Date is a string YYYY-MM-DD, not " + typeName(input));
			}
			try {
				return PartialDate.parseDay(text);
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseValueException(ex.getMessage());
			}
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (!(input instanceof StringValue text)) {
				throw new CoercingParseLiteralException("A Date is a string YYYY-MM-DD, not " + typeName(input));
			}
			try {
				return PartialDate.parseDay(text.getValue());
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.newStringValue(serialize(input, context, locale)).build();
		}

		private static String typeName(Object value) {
			return (value != null) ? value.getClass().getSimpleName() : "null";
		}

	}

}
