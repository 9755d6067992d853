package org.innograph.api;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.innograph.graph.PartialDate;
import org.innograph.storage.AsOf;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code Date}: an existing day only; {@code DateOrPartial}: a day, a month or a year. A
 * clear message for anything else.
 */
class DateScalarsTests {

	private static final GraphQLContext context = GraphQLContext.getDefault();

	@Test
	void readsADayAMonthOrAYear() {
		var coercing = DateScalars.DATE_OR_PARTIAL.getCoercing();
		assertThat(coercing.parseValue("2023-10-19", context, Locale.ROOT)).isEqualTo(PartialDate.parse("2023-10-19"));
		assertThat(coercing.parseValue("2022-12", context, Locale.ROOT)).isEqualTo(PartialDate.parse("2022-12"));
		assertThat(
				coercing.parseLiteral(new StringValue("2022"), CoercedVariables.emptyVariables(), context, Locale.ROOT))
			.isEqualTo(PartialDate.parse("2022"));
		assertThat(AsOf.day(PartialDate.parse("2022-12"))).hasToString("2022-12-01");
		assertThat(coercing.serialize(PartialDate.parse("2022-12"), context, Locale.ROOT)).isEqualTo("2022-12");
	}

	@Test
	void refusesWhatIsNoDate() {
		var coercing = DateScalars.DATE_OR_PARTIAL.getCoercing();
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue("2022-13", context, Locale.ROOT))
			.withMessageContaining("2022-13");
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue("yesterday", context, Locale.ROOT))
			.withMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> coercing.parseLiteral(new IntValue(BigInteger.valueOf(2022)),
					CoercedVariables.emptyVariables(), context, Locale.ROOT))
			.withMessageContaining("string such as");
	}

	@Test
	void aDateIsADayThatExists() {
		var coercing = DateScalars.DATE.getCoercing();
		assertThat(coercing.parseValue("2023-10-19", context, Locale.ROOT)).isEqualTo(LocalDate.of(2023, 10, 19));
		assertThat(coercing.serialize(LocalDate.of(2024, 2, 29), context, Locale.ROOT)).isEqualTo("2024-02-29");
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue("2023-02-30", context, Locale.ROOT))
			.withMessageContaining("2023-02-30");
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue("2023-10", context, Locale.ROOT));
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> coercing.parseLiteral(new IntValue(BigInteger.valueOf(2023)),
					CoercedVariables.emptyVariables(), context, Locale.ROOT))
			.withMessageContaining("YYYY-MM-DD");
	}

}
