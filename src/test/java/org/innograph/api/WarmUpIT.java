package org.innograph.api;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import org.innograph.store.GraphReads;
import org.innograph.support.IntegrationTest;
import org.innograph.support.RunningApp;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up's questions are each answered without an error (the file stays a valid set
 * of questions as the schema changes), each is one a reader may ask over HTTP (the
 * warm-up skips the filters that price a document), and a started service asks them by
 * itself once it is ready, so that a reader's first three-level question finds its
 * statements planned.
 */
@IntegrationTest
class WarmUpIT {

	private static final String THREE_LEVELS = """
			{ entity(key: "org:kaist") { id neighbors(first: 10) { totalCount edges { node {
			  id name { ko } neighbors(first: 5) { edges { node {
			    id name { ko } neighbors(first: 3) { edges { node { id name { ko } } } } } } } } } } } }""";

	@Autowired
	private WebGraphQlHandler handler;

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void everyQuestionIsAskedAndAnsweredWithoutAnError() {
		WarmUp warmUp = new WarmUp(this.handler);

		WarmUp.Outcome outcome = warmUp.run();

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.asked()).containsExactlyElementsOf(warmUp.operations())
			.contains("Pick", "Home", "Page", "ThreeLevels", "List", "Search", "Paths");
		assertThat(outcome.answered()).containsExactlyElementsOf(outcome.asked());
	}

	@Test
	void aReaderMayAskEachQuestionOverHttp() {
		// The warm-up skips the HTTP filters (the price of a document among them): each
		// question must be one the filters let a reader ask.
		WarmUp warmUp = new WarmUp(this.handler);
		for (String operation : warmUp.operations()) {
			this.graphQl.document(warmUp.document())
				.operationName(operation)
				.variable("key", "org:kaist")
				.variable("other", "org:kari")
				.variable("syllable", "카")
				.variable("syllables", "카이")
				.variable("word", "Korea")
				.execute()
				.errors()
				.verify();
		}
	}

	@Test
	void aStartedServiceWarmsUpAndAReadersFirstNeighbourhoodIsPlannedBeforeItComes() throws Exception {
		try (RunningApp app = RunningApp
			.start(TestDatabase.connectionAnd("innograph.seed.enabled=false", "innograph.warm-up.enabled=true"))) {
			WarmUp.Outcome outcome = app.context()
				.getBean(WarmUpConfiguration.WarmUpOnReady.class)
				.done()
				.get(180, TimeUnit.SECONDS);
			assertThat(outcome.problems()).isEmpty();
			GraphReads reads = app.context().getBean(GraphReads.class);
			long planned = reads.plannedAheadCount();

			// Another entity than the one the warm-up asked about: the statements are the
			// same.
			HttpResponse<String> answer = app.graphql(THREE_LEVELS);

			assertThat(answer.body()).contains("\"totalCount\"").doesNotContain("\"errors\"");
			assertThat(reads.plannedAheadCount()).as("nothing planned while the reader waits").isEqualTo(planned);

			// A shape the warm-up does not ask: planned now.
			assertThat(
					app.graphql("{ entity(key: \"org:kaist\") { neighbors(first: 3, asOf: \"2021\") { totalCount } } }")
						.body())
				.doesNotContain("\"errors\"");
			assertThat(reads.plannedAheadCount()).isGreaterThan(planned);
		}
	}

}
