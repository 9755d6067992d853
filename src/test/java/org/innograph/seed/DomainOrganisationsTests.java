package org.innograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every organisation that {@code docs/domain.md} lists under document 001 is in the seed
 * with Korean and English names, findable by the form document 001 writes it in (and by
 * its acronym where domain.md gives one), and cited from document 001.
 */
class DomainOrganisationsTests {

	private static final Path SOURCE_001 = Path.of("..", "shared", "sources", "001_00b146303ecfd9b5.txt");

	private static Seed seed;

	@BeforeAll
	static void readSeed() {
		seed = new SeedReader().read(SeedFiles.fromDirectory(Path.of("graph-seed")));
	}

	// Column 1 is the organisation as document 001 writes it (some only by acronym),
	// column 2 the expected id,
	// column 3 the acronym domain.md gives, if any.
	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			KAIST                | org:kaist                  | KAIST
			한국항공우주연구원    | org:kari                   | KARI
			한국생명공학연구원    | org:kribb                  | KRIBB
			한국화학연구원        | org:krict                  | KRICT
			KBSI                 | org:kbsi                   | KBSI
			한국표준과학연구원    | org:kriss                  | KRISS
			나노종합기술원        | org:nnfc                   | NNFC
			IBS                  | org:ibs                    | IBS
			UST                  | org:ust                    | UST
			충남대                | org:cnu                    |
			충남대 병원           | org:cnuh                   |
			UNIST                | org:unist                  | UNIST
			GIST                 | org:gist                   | GIST
			고려대                | org:korea-university       |
			성균관대              | org:skku                   |
			이화여대              | org:ewha                   |
			DISTEP               | org:distep                 | DISTEP
			방위사업청            | org:dapa                   |
			국방과학연구소        | org:add                    |
			국가우주위원회        | org:national-space-committee |
			과학기술정보통신부    | org:msit                   | MSIT
			국토교통부            | org:molit                  | MOLIT
			법무부                | org:moj                    |
			대전테크노파크        | org:daejeon-technopark     |
			대전창조경제혁신센터  | org:daejeon-ccei           |
			대덕특구진흥재단      | org:innopolis-foundation   |
			국립중앙과학관        | org:national-science-museum |
			""")
	void everyOrganisationOfDocument001IsInTheSeed(String asWritten, String id, String acronym) throws IOException {
		if (Files.isRegularFile(SOURCE_001)) {
			assertThat(Files.readString(SOURCE_001, StandardCharsets.UTF_8)).as("document 001 writes '%s'", asWritten)
				.contains(asWritten);
		}
		Seed.Entity organisation = seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id + " in the seed"));
		assertThat(organisation.kind()).isEqualTo("Organization");
		assertThat(organisation.name().ko()).as("Korean name of %s", id).isNotBlank();
		assertThat(organisation.name().en()).as("English name of %s", id).isNotBlank();
		List<String> searchable = new ArrayList<>(organisation.aliases());
		searchable.addAll(organisation.acronyms());
		searchable.add(organisation.name().ko());
		assertThat(searchable).as("names of %s", id).contains(asWritten);
		if (acronym != null) {
			assertThat(organisation.acronyms()).as("acronyms of %s", id).contains(acronym);
		}
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			org:kaist
			org:kari
			org:kribb
			org:krict
			org:kbsi
			org:kriss
			org:nnfc
			org:ibs
			org:ust
			org:cnu
			org:cnuh
			org:unist
			org:gist
			org:korea-university
			org:skku
			org:ewha
			org:distep
			org:dapa
			org:add
			org:national-space-committee
			org:msit
			org:molit
			org:moj
			org:daejeon-technopark
			org:daejeon-ccei
			org:innopolis-foundation
			org:national-science-museum
			""")
	void everyOrganisationIsCitedFromDocument001(String id) {
		Assumptions.assumeTrue(seed.entities().stream().anyMatch((entity) -> entity.id().equals(id)),
				"reported by everyOrganisationOfDocument001IsInTheSeed");
		boolean entityCites = seed.entities()
			.stream()
			.filter((entity) -> entity.id().equals(id))
			.flatMap((entity) -> entity.evidence().stream())
			.anyMatch((evidence) -> evidence.source().equals("doc:001"));
		boolean relationshipCites = seed.relationships()
			.stream()
			.filter((rel) -> rel.from().equals(id) || rel.to().equals(id))
			.flatMap((rel) -> rel.evidence().stream())
			.anyMatch((evidence) -> evidence.source().equals("doc:001"));
		assertThat(entityCites || relationshipCites).as("%s is cited from doc:001", id).isTrue();
	}

}
