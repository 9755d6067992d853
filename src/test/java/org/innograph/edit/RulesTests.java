package org.innograph.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.innograph.graph.SearchNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure input rules: characters, lengths and counts, and that their bounds fit the
 * indexes.
 */
class RulesTests {

	/**
	 * Neo4j's text index (entity_search_text, on searchText) refuses a value longer than
	 * this many UTF-8 bytes, and the write fails as a whole: the limit every entity's
	 * names must stay under.
	 */
	private static final int TEXT_INDEX_KEY_LIMIT = 32_766;

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\r", "\t", "\n",
			"\uFFFE", "\uFFFF", "\uD800", "\uDC00" })
	void oneLineTextRefusesEveryControlCharacterTabAndLineBreak(String character) {
		FieldErrors errors = new FieldErrors();
		assertThat(Rules.characters("한국" + character + "KARI", Rules.Lines.ONE, "name.ko", errors)).isFalse();
		assertThat(errors.fields()).containsExactly("name.ko");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\r", "\uFFFF", "\uD800" })
	void multiLineTextRefusesControlCharactersButTabAndLineFeed(String character) {
		FieldErrors errors = new FieldErrors();
		assertThat(Rules.characters("첫 줄\n둘째\t줄" + character, Rules.Lines.MANY, "note", errors)).isFalse();
		assertThat(errors.fields()).containsExactly("note");
	}

	@Test
	void ordinaryTextPassesIncludingSupplementaryCharacters() {
		FieldErrors errors = new FieldErrors();
		assertThat(Rules.characters("한국항공우주연구원 (KARI) — 𠜎 😀 'quoted' =1+1", Rules.Lines.ONE, "name.ko", errors))
			.isTrue();
		assertThat(Rules.characters("첫 줄\n\t둘째 줄", Rules.Lines.MANY, "note", errors)).isTrue();
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void theMessageNamesTheCharacterAndWhereItIs() {
		FieldErrors errors = new FieldErrors();
		Rules.text("ab\u0000c", Rules.SHORT, "code", errors);
		assertThat(errors.fields()).containsExactly("code");
		assertThat(summary(errors)).contains("U+0000").contains("position 3").contains("one line");
	}

	@Test
	void theLimitsAreTheSeedSchemas() {
		// The schema is the one place; these are its numbers, checked so that a change
		// there is noticed here.
		assertThat(Rules.SHORT).isEqualTo(300);
		assertThat(Rules.LONG).isEqualTo(2000);
		assertThat(Rules.ALIAS).isEqualTo(120);
		assertThat(Rules.MAX_ALIASES).isEqualTo(20);
		assertThat(Rules.ACRONYM).isEqualTo(40);
		assertThat(Rules.MAX_ACRONYMS).isEqualTo(10);
		assertThat(Rules.QUOTE_MAX).isEqualTo(400);
	}

	@Test
	void tooManyOrTooLongAliasesAreFieldErrors() {
		FieldErrors errors = new FieldErrors();
		Rules.aliases(Collections.nCopies(Rules.MAX_ALIASES + 1, "별칭"), "aliases", errors);
		assertThat(errors.fields()).containsExactly("aliases");
		FieldErrors long_ = new FieldErrors();
		Rules.aliases(List.of("가".repeat(Rules.ALIAS), "나".repeat(Rules.ALIAS + 1)), "aliases", long_);
		assertThat(long_.fields()).containsExactly("aliases[1]");
		FieldErrors acronyms = new FieldErrors();
		Rules.acronyms(List.of("K".repeat(Rules.ACRONYM + 1)), "acronyms", acronyms);
		assertThat(acronyms.fields()).containsExactly("acronyms[0]");
	}

	@Test
	void theLongestNamesTheRulesAllowFitTheSearchIndex() {
		// The worst case: every name at its longest, in three-byte characters, with
		// spaces so that each also
		// gets its space-less twin in the search text; all distinct.
		List<String> aliases = new ArrayList<>();
		for (int i = 0; i < Rules.MAX_ALIASES; i++) {
			aliases.add(words(Rules.ALIAS, i));
		}
		List<String> acronyms = new ArrayList<>();
		for (int i = 0; i < Rules.MAX_ACRONYMS; i++) {
			acronyms.add(words(Rules.ACRONYM, 100 + i));
		}
		FieldErrors errors = new FieldErrors();
		Rules.aliases(aliases, "aliases", errors);
		Rules.acronyms(acronyms, "acronyms", errors);
		Rules.name(new Inputs.Text(words(Rules.SHORT, 200), words(Rules.SHORT, 201)), "name", errors);
		assertThat(errors.isEmpty()).as("the worst case is valid input").isTrue();
		String searchText = SearchNames
			.searchText(SearchNames.of(words(Rules.SHORT, 200), words(Rules.SHORT, 201), acronyms, aliases));
		int bytes = searchText.getBytes(StandardCharsets.UTF_8).length;
		assertThat(bytes).isLessThan(TEXT_INDEX_KEY_LIMIT);
		// And the reproduction of the issue, 40 aliases of 300 characters, is far beyond
		// it.
		List<String> issue = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			issue.add(words(300, 300 + i));
		}
		assertThat(SearchNames.searchText(SearchNames.of("가", "a", List.of(), issue))
			.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(TEXT_INDEX_KEY_LIMIT);
	}

	/**
	 * {@code length} characters of Hangul syllables (3 bytes each in UTF-8) with a space
	 * every 5, unique by seed.
	 */
	private static String words(int length, int seed) {
		StringBuilder text = new StringBuilder();
		int syllable = seed * 97;
		while (text.length() < length) {
			text.append((text.length() % 6 == 5) ? ' ' : (char) ('가' + (syllable++ % 11172)));
		}
		return text.toString().strip() + "가".repeat(length - text.toString().strip().length());
	}

	private static String summary(FieldErrors errors) {
		try {
			errors.throwIfAny();
			return "";
		}
		catch (org.innograph.api.ApiException ex) {
			return ex.getMessage();
		}
	}

}
