package org.innograph.api;

import graphql.GraphQLContext;
import org.innograph.graph.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

/** How an {@code Accept-Language} header chooses the language of display strings. */
class RequestLanguageTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en                                  | EN
			en-US,en;q=0.9                      | EN
			en-GB;q=0.8, ko;q=0.9               | KO
			ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7 | KO
			fr-FR, fr;q=0.9, en;q=0.5           | EN
			fr, de                              | KO
			*                                   | KO
			en;q=0, ko;q=0.1                    | KO
			not a language header !!            | KO
			EN-us                               | EN
			""")
	void theClientsPreferenceBetweenEnglishAndKorean(String header, Language expected) {
		assertThat(RequestLanguage.preferred(header)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void noHeaderIsKorean(String header) {
		assertThat(RequestLanguage.preferred(header)).isEqualTo(Language.KO);
	}

	@Test
	void anArgumentOverridesTheRequest() {
		GraphQLContext context = GraphQLContext.newContext().of(RequestLanguage.KEY, Language.EN).build();
		assertThat(RequestLanguage.of(null, context)).isEqualTo(Language.EN);
		assertThat(RequestLanguage.of(Language.KO, context)).isEqualTo(Language.KO);
		assertThat(RequestLanguage.of(null, GraphQLContext.newContext().build())).isEqualTo(Language.KO);
		assertThat(RequestLanguage.of(null, null)).isEqualTo(Language.KO);
	}

}
