package org.innograph.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a record rests on: the seed's schema refuses a record without a basis, the seed
 * checks refuse a basis that contradicts the record, and the loader stores the basis and
 * the date the record was first stated.
 */
class BasisChecksTests {

	private static final String SOURCES = """
			sources:
			  - id: doc:900
			    documentId: 900_0123456789abcdef
			    kind: plan
			    title: { ko: 시험 계획, en: Test plan }
			    publisher: { ko: 시험 기관, en: Test publisher }
			    published: "2023-05"
			  - id: doc:901
			    documentId: 901_0123456789abcdef
			    kind: press-release
			    title: { ko: 시험 보도자료, en: Test release }
			    publisher: { ko: 시험 기관, en: Test publisher }
			    published: "2023-10-19"
			""";

	private static final String ENTITIES = """
			entities:
			  - id: org:alpha
			    kind: Organization
			    name: { ko: 알파연구원, en: Alpha Institute }
			    evidence:
			      - { source: doc:900, quote: 알파연구원, locator: L2 }
			    facts:
			      - key: budget
			        value: 10
			        unit: 억 원
			        basis: STATED
			        evidence:
			          - { source: doc:901, quote: 10억 원, locator: L3 }
			          - { source: doc:900, quote: 10억 원, locator: L9 }
			      - key: staff
			        value: 3
			        unit: 명
			        basis: INFERRED
			        evidence:
			          - { source: doc:901, quote: 3명, locator: L4 }
			  - id: org:beta
			    kind: Organization
			    name: { ko: 베타원, en: Beta Agency }
			    evidence:
			      - { source: doc:900, quote: 베타원, locator: L2 }
			""";

	private static final String RELATIONSHIPS = """
			relationships:
			  - type: COOPERATES_WITH
			    from: org:alpha
			    to: org:beta
			    status: SIGNED
			    basis: PLANNED
			    evidence:
			      - { source: doc:900, quote: 협력 추진, locator: L5 }
			  - type: SUPPORTS
			    from: org:alpha
			    to: org:beta
			    basis: INFERRED
			    evidence:
			      - { source: doc:900, quote: 지원, locator: L6 }
			  - type: PARTNER_OF
			    from: org:alpha
			    to: org:beta
			    status: PLANNED
			    basis: PLANNED
			    evidence:
			      - { source: doc:900, quote: 협력 강화, locator: L7 }
			  - type: FUNDS
			    from: org:beta
			    to: org:alpha
			    basis: INFERRED
			    note: The table's column header names Beta as the payer.
			    evidence:
			      - { source: doc:901, quote: 베타원 부담, locator: L8 }
			  - type: LOCATED_IN
			    from: org:alpha
			    to: org:beta
			    basis: STATED
			    evidence:
			      - { source: doc:901, quote: 알파, locator: L1 }
			      - { source: doc:900, quote: 알파, locator: L1 }
			""";

	private final Seed seed = new SeedReader().read(List.of(new SeedFile("sources.yaml", SOURCES),
			new SeedFile("entities.yaml", ENTITIES), new SeedFile("relationships.yaml", RELATIONSHIPS)));

	@Test
	void plannedBasisOnARecordThatHappenedIsRefused() {
		assertThat(problems()).anySatisfy((p) -> assertThat(p).contains("relationships.yaml relationships[0]")
			.contains("basis PLANNED contradicts status SIGNED"));
		assertThat(problems()).noneSatisfy((p) -> assertThat(p).contains("relationships[2]"));
	}

	@Test
	void inferredBasisWithoutANoteIsRefused() {
		assertThat(problems())
			.anySatisfy((p) -> assertThat(p).contains("relationships[1]").contains("INFERRED needs a note"))
			.anySatisfy((p) -> assertThat(p).contains("(org:alpha) fact staff").contains("INFERRED needs a note"))
			.noneSatisfy((p) -> assertThat(p).contains("relationships[3]"));
	}

	@Test
	void aMissingBasisIsRefusedByTheSchema() {
		String withoutBasis = RELATIONSHIPS.replace("    basis: STATED\n", "");
		assertThat(withoutBasis).isNotEqualTo(RELATIONSHIPS);
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> new SeedReader().read(List.of(new SeedFile("sources.yaml", SOURCES),
					new SeedFile("entities.yaml", ENTITIES), new SeedFile("relationships.yaml", withoutBasis))))
			.withMessageContaining("relationships[4]")
			.withMessageContaining("required property 'basis' not found");
		assertThat(problems()).hasSize(3);
	}

	@Test
	void theLoaderStoresTheBasisAndTheEarliestPublicationAmongTheEvidence() {
		SeedGraph graph = SeedGraph.of(this.seed);
		Map<String, Object> located = graph.relationships().get(RelationshipType.LOCATED_IN).get(0);
		@SuppressWarnings("unchecked")
		Map<String, Object> props = (Map<String, Object>) located.get("props");
		assertThat(props).containsEntry("basis", "STATED");
		// doc:900 (2023-05) is earlier than doc:901 (2023-10-19): its date, at its
		// precision.
		assertThat(PartialDate.stored(props.get("statedOn"), props.get("statedOnPrecision")))
			.isEqualTo(PartialDate.parse("2023-05"));
		Map<String, Object> funds = (Map<String, Object>) graph.relationships()
			.get(RelationshipType.FUNDS)
			.get(0)
			.get("props");
		assertThat(funds).containsEntry("basis", "INFERRED");
		assertThat(PartialDate.stored(funds.get("statedOn"), funds.get("statedOnPrecision")))
			.isEqualTo(PartialDate.parse("2023-10-19"));
		Map<String, Object> staff = graph.facts()
			.stream()
			.filter((f) -> "org:alpha#staff".equals(f.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(staff).containsEntry("basis", "INFERRED");
		Map<String, Object> budget = graph.facts()
			.stream()
			.filter((f) -> "org:alpha#budget".equals(f.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(PartialDate.stored(budget.get("statedOn"), budget.get("statedOnPrecision")))
			.isEqualTo(PartialDate.parse("2023-05"));
	}

	private List<String> problems() {
		return new SeedChecks(Optional.empty()).check(this.seed).stream().map(SeedProblem::toString).toList();
	}

}
