package org.innograph.api;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

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
 * The schema's two date scalars, both strings read by {@link PartialDate}'s rules (the
 * ones mutation inputs, the seed and export parameters use too), so that a bad date gets
 * the same message everywhere. Bad input is a GraphQL validation error naming the
 * expected form, never a stack trace.
 */
public final class DateScalars {

	/**
	 * {@code Date}: a calendar day, YYYY-MM-DD. graphql-java-extended-scalars'
	 * {@code Date} parses with a lenient formatter that turns 2023-02-30 into 2023-02-28
	 * and takes year 0000; this one refuses both.
	 */
	public static final GraphQLScalarType DATE = scalar("Date",
			"A calendar date in ISO 8601 form, YYYY-MM-DD, e.g. 2023-10-19: a day that exists "
					+ "(2023-02-30 is refused, not rounded) in the years 1900 to 2100.",
			new TextCoercing<>(LocalDate.class, PartialDate::parseDay, LocalDate::toString,
					"A Date is a string YYYY-MM-DD"));

	/**
	 * {@code DateOrPartial}: a day, a month or a year (2023-10-19, 2022-12, 2022), so
	 * that "as of 2022" can be asked as the sources date things; {@code Date} stays
	 * strict for exact days.
	 */
	public static final GraphQLScalarType DATE_OR_PARTIAL = scalar("DateOrPartial",
			"A date known to a day, a month or a year: 2023-10-19, 2022-12 or 2022.",
			new TextCoercing<>(PartialDate.class, PartialDate::parse, PartialDate::text,
					"A DateOrPartial is a string such as 2023-10-19, 2022-12 or 2022"));

	private DateScalars() {
	}

	private static GraphQLScalarType scalar(String name, String description, Coercing<?, String> coercing) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(coercing).build();
	}

	/**
	 * A scalar written as a string: {@code parse} reads it and says what is wrong,
	 * {@code print} writes it.
	 */
	private record TextCoercing<T>(Class<T> type, Function<String, T> parse, Function<T, String> print,
			String form) implements Coercing<T, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (this.type.isInstance(value)) {
				return this.print.apply(this.type.cast(value));
			}
			throw new CoercingSerializeException(
					"Expected a " + this.type.getSimpleName() + " but was " + typeName(value));
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			if (!(input instanceof String text)) {
				throw new CoercingParseValueException(this.form + ", not " + typeName(input));
			}
			try {
				return this.parse.apply(text);
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseValueException(ex.getMessage());
			}
		}

		@Override
		public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (!(input instanceof StringValue text)) {
				throw new CoercingParseLiteralException(this.form + ", not " + typeName(input));
			}
			try {
				return this.parse.apply(text.getValue());
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
