package org.innograph.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated seed in {@code graph-seed/} is valid and every quote is verbatim in its
 * source document (when {@code ../shared/sources/} is present, as it is in CI).
 */
class SeedFilesTests {

	static final Path SEED = Path.of("graph-seed");

	static final Path SOURCES = Path.of("..", "shared", "sources");

	static Seed seed;

	@BeforeAll
	static void readSeed() {
		seed = new SeedReader().read(SeedFiles.fromDirectory(SEED));
	}

	@Test
	void seedPassesEveryCheck() {
		Optional<Path> sources = Files.isDirectory(SOURCES) ? Optional.of(SOURCES) : Optional.empty();
		List<SeedProblem> problems = new SeedChecks(sources).check(seed);
		assertThat(problems).as("problems in graph-seed/").isEmpty();
	}

	@Test
	void sourceDocumentsAreAtHandInCi() {
		if (System.getenv("CI") != null) {
			assertThat(SOURCES).as("CI checks quotes against ../shared/sources").isDirectory();
		}
		assertThat(seed.sources()).extracting(Seed.Source::id)
			.containsExactlyInAnyOrder("doc:000", "doc:001", "doc:002", "doc:003", "doc:004");
	}

	@Test
	void everyRelationshipAndEntityHasEvidence() {
		assertThat(seed.relationships()).allSatisfy((rel) -> assertThat(rel.evidence()).isNotEmpty());
		assertThat(seed.entities()).allSatisfy((entity) -> {
			assertThat(entity.evidence()).isNotEmpty();
			assertThat(entity.facts()).allSatisfy((fact) -> assertThat(fact.evidence()).isNotEmpty());
		});
	}

	@Test
	void everyEntityHasKoreanAndEnglishNames() {
		assertThat(seed.entities()).allSatisfy((entity) -> {
			assertThat(entity.name().ko()).isNotBlank();
			assertThat(entity.name().en()).isNotBlank();
		});
	}

}
