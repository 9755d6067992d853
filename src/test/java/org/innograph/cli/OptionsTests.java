package org.innograph.cli;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The command line's options: values after a space or '=', flags, plain words, and usage errors that say why. */
class OptionsTests {

	private static final Set<String> NAMES = Set.of("name", "role", "out");

	private static final Set<String> FLAGS = Set.of("replace");

	@Test
	void valuesFlagsAndWordsInAnyOrder() {
		Options options = parse("token", "--name", "alice", "create", "--replace", "--role=editor");
		assertThat(options.words()).containsExactly("token", "create");
		assertThat(options.required("name")).isEqualTo("alice");
		assertThat(options.required("role")).isEqualTo("editor");
		assertThat(options.flag("replace")).isTrue();
		assertThat(options.flag("out")).isFalse();
	}

	@Test
	void aValueAfterEqualsMayItselfHoldEqualsAndDashes() {
		Options options = parse("--out=a=b", "--name", "--dashes--");
		assertThat(options.required("out")).isEqualTo("a=b");
		assertThat(options.required("name")).as("the word after a name is its value, whatever it looks like")
			.isEqualTo("--dashes--");
	}

	@Test
	void theLastOfARepeatedOptionWins() {
		assertThat(parse("--name", "a", "--name=b").required("name")).isEqualTo("b");
	}

	@Test
	void anUnknownOptionIsAUsageErrorNamingIt() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("--nmae", "alice"))
			.withMessage("unknown option --nmae");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("--"))
			.withMessage("unknown option --");
	}

	@Test
	void aNameWithoutAValueAtTheEndIsAUsageError() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("create", "--name"))
			.withMessage("--name needs a value");
	}

	@Test
	void aRequiredValueMustBeThereAndNotBlank() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse().required("name"))
			.withMessage("--name is required");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("--name=").required("name"))
			.withMessage("--name is required");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> parse("--name", "  ").required("name"))
			.withMessage("--name is required");
	}

	@Test
	void aFlagGivenAValueWithEqualsIsStillOnlyAFlag() {
		Options options = parse("--replace=no");
		assertThat(options.flag("replace")).isTrue();
		assertThat(options.values()).containsEntry("replace", "true");
	}

	@Test
	void aSingleDashIsAPlainWord() {
		assertThat(parse("-", "-x").words()).containsExactly("-", "-x");
	}

	@Test
	void theResultCannotBeChanged() {
		Options options = parse("a", "--name", "b");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> options.words().add("c"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> options.values().put("role", "admin"));
	}

	private static Options parse(String... args) {
		return Options.parse(List.of(args), NAMES, FLAGS);
	}

}
