package org.innograph.sources;

import java.util.List;
import java.util.Map;

import org.innograph.seed.SeedStep;
import org.innograph.store.PreparationStep;
import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources and quotes in their documents through GraphQL, with the texts at
 * {@code ../shared/sources} (skipped without them, failing under {@code CI=true}).
 */
@IntegrationTest
class SourceTextsIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ObjectProvider<PreparationStep> steps;

	@Test
	void theTextsAreVerifiedAfterTheSeedIsLoaded() {
		// The store runs its steps in this order; the check must see the seed's sources.
		List<Class<?>> order = this.steps.orderedStream().<Class<?>>map(Object::getClass).toList();
		assertThat(order).containsSubsequence(SeedStep.class, SourceTextCheck.class);
	}

	@Test
	void everySourceHasItsVerifiedTextAndItsLines() {
		SourceContextTests.requireTexts();
		var response = this.graphQl.document("""
				{ sources { id textAvailable textProblem lineCount sha256 lines(from: 1, to: 2) { number text } } }""")
			.execute();
		List<Map<String, Object>> sources = response.path("sources").entityList(MAP).get();
		assertThat(sources).hasSize(5).allSatisfy((source) -> {
			assertThat(source.get("textAvailable")).as(source.get("id") + ": " + source.get("textProblem"))
				.isEqualTo(true);
			assertThat(source.get("sha256")).asString().hasSize(64);
			assertThat((List<?>) source.get("lines")).hasSize(2);
		});
		response.path("sources[?(@.id == 'doc:001')].lineCount").entityList(Integer.class).containsExactly(2489);
	}

	@Test
	void aQuoteShowsInItsDocumentWithItsHeading() {
		SourceContextTests.requireTexts();
		var response = this.graphQl.document(
				"""
						{ entity(key: "org:kari") { relationships(types: [PARTY_TO]) { nodes { to { id } evidence {
						    quote locator source { id }
						    context(before: 1, after: 1) { line start end lines { number text } heading { number text } } } } } } }""")
			.execute();
		List<Map<String, Object>> evidence = response
			.path("entity.relationships.nodes[?(@.to.id == 'agreement:daejeon-space-mou-2023')].evidence[*]")
			.entityList(MAP)
			.get();
		assertThat(evidence).isNotEmpty().allSatisfy((item) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> context = (Map<String, Object>) item.get("context");
			assertThat(context).isNotNull();
			assertThat(item.get("locator")).asString().startsWith("L" + context.get("line"));
			assertThat(context.get("start")).isNotNull();
			assertThat((List<?>) context.get("lines")).hasSize(3);
		});
		// ②한국항공우주연구원(KARI) is an item of the list of the MOU's parties.
		assertThat(evidence).anySatisfy((item) -> {
			assertThat(item.get("quote")).isEqualTo("②한국항공우주연구원(KARI)");
			assertThat(item.get("context")).extracting("heading").isNotNull();
		});
	}

	@Test
	void tooManyLinesAreABadRequest() {
		this.graphQl.document("{ sources { lines(from: 1, to: 500) { number } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty().allSatisfy((error) -> {
				assertThat(error.getMessage()).contains("at most 200 lines");
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
			}));
	}

}
