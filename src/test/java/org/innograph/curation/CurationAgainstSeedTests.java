package org.innograph.curation;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline measured against the curated seed (docs/curation.md): on documents 000 and
 * 004, with only the shared entities known, it must find most curated entities and
 * relationships, propose mostly true claims, and quote every one verbatim.
 */
class CurationAgainstSeedTests {

	@Test
	void printsTheFigures() {
		requireTexts();
		for (String prefix : List.of("000", "001", "002", "003", "004")) {
			System.out.println(SeedComparison.measure(prefix).row());
		}
	}

	private static void requireTexts() {
		if (System.getenv("CI") != null) {
			assertThat(SeedComparison.SOURCES).as("CI reads the documents in ../shared/sources").isDirectory();
		}
		Assumptions.assumeTrue(SeedComparison.textsAvailable(), "no source texts at ../shared/sources");
	}

}
