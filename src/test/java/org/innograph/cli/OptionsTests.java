package org.innograph.cli;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one command-line parser: words, flags, single and repeated values in both
 * spellings.
 */
class OptionsTests {

	@Test
	void takesWordsFlagsAndValuesInEitherSpelling() {
		Options options = Options.parse(List.of("import", "--from=seed", "--replace-edits", "--out", "x"),
				Set.of("from", "out"), Set.of("replace-edits"));
		assertThat(options.words()).containsExactly("import");
		assertThat(options.required("from")).isEqualTo("seed");
		assertThat(options.required("out")).isEqualTo("x");
		assertThat(options.flag("replace-edits")).isTrue();
		assertThat(options.flag("replace")).isFalse();
		assertThat(options.value("missing")).isEmpty();
	}

	@Test
	void aRepeatedNameKeepsEveryValueInOrderAndAnswersItsLastAsTheValue() {
		Options options = Options.parseAny(List.of("--kinds", "COUNCIL", "--types=FUNDS", "--kinds=REGION"), Set.of());
		assertThat(options.all("kinds")).containsExactly("COUNCIL", "REGION");
		assertThat(options.value("kinds")).contains("REGION");
		assertThat(options.all("types")).containsExactly("FUNDS");
		assertThat(options.all("nothing")).isEmpty();
		assertThat(options.values().keySet()).containsExactly("kinds", "types");
	}

	@Test
	void refusesUnknownNamesMissingValuesAndBlankRequiredOnes() {
		assertThatThrownBy(() -> Options.parse(List.of("--nmae", "x"), Set.of("name"), Set.of()))
			.isInstanceOf(UsageException.class)
			.hasMessage("unknown option --nmae");
		assertThatThrownBy(() -> Options.parse(List.of("--name"), Set.of("name"), Set.of()))
			.isInstanceOf(UsageException.class)
			.hasMessage("--name needs a value");
		// An option where the value should be is a forgotten value.
		assertThatThrownBy(() -> Options.parse(List.of("--name", "--role", "editor"), Set.of("name", "role"), Set.of()))
			.hasMessage("--name needs a value");
		assertThatThrownBy(() -> Options.parse(List.of("--name="), Set.of("name"), Set.of()).required("name"))
			.isInstanceOf(UsageException.class)
			.hasMessage("--name is required");
	}

}
