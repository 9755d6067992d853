package org.innograph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Invalid seed files are rejected with messages that name the file, the record and the
 * field.
 */
class SeedValidationTests {

	private static final String SOURCE = """
			sources:
			  - id: doc:900
			    documentId: 900_0123456789abcdef
			    kind: press-release
			    title: { ko: 시험 문서, en: Test document }
			    publisher: { ko: 시험 기관, en: Test publisher }
			    published: "2024-01-02"
			""";

	private static final String ENTITIES = """
			entities:
			  - id: org:alpha
			    kind: Organization
			    name: { ko: 알파연구원, en: Alpha Institute }
			    evidence:
			      - { source: doc:900, quote: 알파연구원과 베타시는 협약을 맺었다, locator: L2 }
			  - id: region:beta
			    kind: Region
			    name: { ko: 베타시, en: Beta City }
			    evidence:
			      - { source: doc:900, quote: 베타시는, locator: L2 }
			""";

	private final SeedReader reader = new SeedReader();

	@Test
	void schemaViolationNamesFileRecordAndField() {
		String file = """
				entities:
				  - id: org:gamma
				    kind: Organization
				    name: { ko: 감마 }
				    evidence:
				      - { source: doc:900, quote: 감마, locator: L1 }
				""";
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> this.reader.read(List.of(new SeedFile("bad.yaml", file))))
			.withMessageContaining("bad.yaml entities[0] (org:gamma)")
			.withMessageContaining("/entities/0/name")
			.withMessageContaining("en");
	}

	@Test
	void relationshipWithoutEvidenceIsRejected() {
		String file = """
				relationships:
				  - type: LOCATED_IN
				    from: org:alpha
				    to: region:beta
				""";
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> this.reader.read(List.of(new SeedFile("rels.yaml", file))))
			.withMessageContaining("rels.yaml relationships[0] (org:alpha LOCATED_IN region:beta)")
			.withMessageContaining("evidence");
	}

	@Test
	void unknownRelationshipTypeIsRejected() {
		String file = """
				relationships:
				  - type: LIKES
				    from: org:alpha
				    to: region:beta
				    evidence:
				      - { source: doc:900, quote: 베타시는, locator: L2 }
				""";
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> this.reader.read(List.of(new SeedFile("rels.yaml", file))))
			.withMessageContaining("rels.yaml relationships[0]")
			.withMessageContaining("/relationships/0/type");
	}

	@Test
	void brokenYamlNamesFileAndLine() {
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> this.reader.read(List.of(new SeedFile("broken.yaml", "entities:\n  - id: [unclosed\n"))))
			.withMessageContaining("broken.yaml line");
	}

	@Test
	void danglingReferencesAndBadDatesAreReported() {
		String file = """
				relationships:
				  - type: LOCATED_IN
				    from: org:alpha
				    to: region:nowhere
				    basis: STATED
				    validFrom: "2023-02-30"
				    evidence:
				      - { source: doc:999, quote: 베타시는, locator: L2 }
				""";
		Seed seed = this.reader.read(List.of(new SeedFile("a.yaml", SOURCE), new SeedFile("b.yaml", ENTITIES),
				new SeedFile("c.yaml", file)));
		List<SeedProblem> problems = new SeedChecks(Optional.empty()).check(seed);
		assertThat(problems).extracting(SeedProblem::toString)
			.anySatisfy((p) -> assertThat(p).contains("c.yaml relationships[0]").contains("region:nowhere"))
			.anySatisfy((p) -> assertThat(p).contains("2023-02-30").contains("not a calendar date"))
			.anySatisfy((p) -> assertThat(p).contains("doc:999").contains("not a source"));
	}

	@Test
	void controlCharactersTooManyAliasesAndYearZeroAreRefusedAsInEdits() {
		String file = """
				entities:
				  - id: org:gamma
				    kind: Organization
				    name: { ko: "감마\\u0000", en: Gamma }
				    aliases: [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21]
				    note: "two\\nlines\\tare fine"
				    evidence:
				      - { source: doc:900, quote: 감마, locator: L1 }
				""";
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> this.reader.read(List.of(new SeedFile("bad.yaml", file))))
			.withMessageContaining("/entities/0/name/ko")
			.withMessageContaining("/entities/0/aliases")
			.withMessageNotContaining("/entities/0/note");
		String yearZero = """
				entities:
				  - id: org:delta
				    kind: Organization
				    name: { ko: 델타, en: Delta }
				    date: "0000"
				    evidence:
				      - { source: doc:900, quote: 델타, locator: L1 }
				""";
		Seed seed = this.reader.read(List.of(new SeedFile("a.yaml", SOURCE), new SeedFile("d.yaml", yearZero)));
		assertThat(new SeedChecks(Optional.empty()).check(seed)).extracting(SeedProblem::toString)
			.anySatisfy((p) -> assertThat(p).contains("'0000' is outside the years 1900 to 2100"));
	}

	@Test
	void duplicateIdsAndWrongPrefixesAreReported() {
		String again = """
				entities:
				  - id: org:alpha
				    kind: Region
				    name: { ko: 알파, en: Alpha }
				    evidence:
				      - { source: doc:900, quote: 알파, locator: L2 }
				""";
		Seed seed = this.reader.read(List.of(new SeedFile("a.yaml", SOURCE), new SeedFile("b.yaml", ENTITIES),
				new SeedFile("d.yaml", again)));
		assertThat(new SeedChecks(Optional.empty()).check(seed)).extracting(SeedProblem::toString)
			.anySatisfy((p) -> assertThat(p).contains("d.yaml entities[0] (org:alpha)").contains("duplicate"))
			.anySatisfy((p) -> assertThat(p).contains("kind Region").contains("'region:'"));
	}

	@Test
	void quotesMustBeVerbatimAndAtTheirLocator(@TempDir Path sources) throws IOException {
		Files.writeString(sources.resolve("900_0123456789abcdef.txt"), """
				제목 줄
				알파연구원과   베타시는
				협약을 맺었다.
				""");
		String file = """
				relationships:
				  - type: LOCATED_IN
				    from: org:alpha
				    to: region:beta
				    basis: STATED
				    evidence:
				      - { source: doc:900, quote: 감마시는 협약을 맺었다, locator: L2 }
				      - { source: doc:900, quote: 제목 줄, locator: L3 }
				""";
		Seed seed = this.reader.read(List.of(new SeedFile("a.yaml", SOURCE), new SeedFile("b.yaml", ENTITIES),
				new SeedFile("e.yaml", file)));
		List<SeedProblem> problems = new SeedChecks(Optional.of(sources)).check(seed);
		assertThat(problems).extracting(SeedProblem::toString)
			.anySatisfy((p) -> assertThat(p).contains("e.yaml relationships[0]").contains("not found verbatim"))
			.anySatisfy((p) -> assertThat(p).contains("not at L3"))
			.hasSize(2);
	}

	@Test
	void contactDataIsRejected() {
		String file = """
				entities:
				  - id: person:kim
				    kind: Person
				    name: { ko: 김담당, en: Kim }
				    evidence:
				      - { source: doc:900, quote: "담당자 김담당(042-270-4161)", locator: L2 }
				""";
		Seed seed = this.reader.read(List.of(new SeedFile("a.yaml", SOURCE), new SeedFile("f.yaml", file)));
		assertThat(new SeedChecks(Optional.empty()).check(seed)).extracting(SeedProblem::toString)
			.anySatisfy((p) -> assertThat(p).contains("f.yaml entities[0] (person:kim)").contains("contact data"));
	}

}
