package org.innograph.curation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline measured against the curated seed (docs/curation.md has the figures of all
 * five documents): with only the shared entities known, it must find at least 80 % of the
 * document's curated entities and 60 % of its relationships, at least half of what it
 * proposes must be curated somewhere in the seed, and every quote must be verbatim at its
 * line. Needs the source texts: skipped without them, failing under CI=true.
 */
class CurationAgainstSeedTests {

	@ParameterizedTest
	@ValueSource(strings = { "000", "002", "003", "004" })
	void meetsTheTargetsAgainstTheCuratedSeed(String document) {
		requireTexts();
		SeedComparison.Figures figures = SeedComparison.measure(document);
		System.out.println(figures.row());
		assertThat(figures.entityRecall()).as("entity recall of %s", document).isGreaterThanOrEqualTo(0.8);
		assertThat(figures.relationshipRecall()).as("relationship recall of %s", document).isGreaterThanOrEqualTo(0.6);
		assertThat(figures.candidatePrecision()).as("precision of new-entity candidates of %s", document)
			.isGreaterThanOrEqualTo(0.5);
		assertThat(figures.relationshipPrecision()).as("relationship precision of %s", document)
			.isGreaterThanOrEqualTo(0.5);
		assertThat(figures.verbatimQuotes()).as("verbatim quotes of %s", document).isEqualTo(figures.quotes());
	}

	@ParameterizedTest
	@ValueSource(strings = { "001" })
	void quotesEveryClaimVerbatimInTheMasterPlan(String document) {
		requireTexts();
		SeedComparison.Figures figures = SeedComparison.measure(document);
		System.out.println(figures.row());
		assertThat(figures.quotes()).isPositive();
		assertThat(figures.verbatimQuotes()).as("verbatim quotes of %s", document).isEqualTo(figures.quotes());
	}

	static void requireTexts() {
		if (System.getenv("CI") != null) {
			assertThat(SeedComparison.SOURCES).as("CI reads the documents in ../shared/sources").isDirectory();
		}
		Assumptions.assumeTrue(SeedComparison.textsAvailable(), "no source texts at ../shared/sources");
	}

}
