package org.innograph.entity;

import java.util.List;

import org.innograph.api.WebProperties;
import org.innograph.graph.Basis;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ready-to-paste citation of a relationship, in Korean and English: what, between
 * whom, since when, the first source with its quotes (at most three, each with its line),
 * the count of all evidence, and a permalink. The expected texts are written out in full,
 * as a journalist would paste them.
 */
class CitationsTests {

	private static final WebProperties WEB = new WebProperties("https://innograph.example/");

	private static final Source PLAN = new Source("doc:001", "001",
			new LocalizedText("대전 우주산업 계획", "Daejeon space plan"),
			new LocalizedText("대전광역시", "Daejeon Metropolitan City"), "region:daejeon", PartialDate.parse("2023-05"),
			SourceKind.PLAN, null, null, "abc", 1500);

	private static final Source PRESS = new Source("doc:004", "004", new LocalizedText("보도자료", null),
			new LocalizedText("과학기술정보통신부", null), null, PartialDate.parse("2024-10-19"), SourceKind.PRESS_RELEASE, null,
			null, "def", 80);

	@Test
	void koreanCitationWithRoleSinceAndOneQuote() {
		Relationship rel = relationship(new LocalizedText("주관기관", "lead"), PartialDate.parse("2023-10-19"));
		assertThat(Citations.cite(rel, List.of(evidence(PLAN, "L42", "  KARI와 KASI가 협약을 체결하였다. ")), true, WEB))
			.isEqualTo("한국항공우주연구원 — 대전 우주 MOU: 협약 당사자 (주관기관), 2023-10-19부터. "
					+ "출처: 대전광역시, \u201C대전 우주산업 계획\u201D, 2023-05, L42: \u201CKARI와 KASI가 협약을 체결하였다.\u201D. "
					+ "https://innograph.example/#/node/rel%3Aorg%3Akari%3EPARTY_TO%3Eagreement%3Amou");
	}

	@Test
	void englishCitationFallsBackToKoreanWhereNoEnglishIsRecorded() {
		Relationship rel = relationship(null, PartialDate.parse("2023"));
		assertThat(Citations.cite(rel, List.of(evidence(PRESS, "L7", "인용문")), false, WEB))
			.isEqualTo("Korea Aerospace Research Institute is party to 대전 우주 MOU, since 2023. "
					+ "Source: 과학기술정보통신부, \u201C보도자료\u201D, 2024-10-19, L7: \u201C인용문\u201D. "
					+ "https://innograph.example/#/node/rel%3Aorg%3Akari%3EPARTY_TO%3Eagreement%3Amou");
	}

	@Test
	void allQuotesOfTheFirstSourceUpToThreeAndTheCountOfAllEvidence() {
		Relationship rel = relationship(null, null);
		List<Evidence> evidence = List.of(evidence(PLAN, "L10", "하나"), evidence(PRESS, "L1", "다른 출처"),
				evidence(PLAN, "L11", "둘"), evidence(PLAN, "L12", "셋"), evidence(PLAN, "L13", "넷"));
		String english = Citations.cite(rel, evidence, false, WEB);
		assertThat(english).contains("Source: Daejeon Metropolitan City, \u201CDaejeon space plan\u201D, 2023-05, "
				+ "L10: \u201C하나\u201D \u2026 L11: \u201C둘\u201D \u2026 L12: \u201C셋\u201D. (5 pieces of evidence) https://")
			.doesNotContain("넷", "다른 출처", "since");
		assertThat(Citations.cite(rel, evidence, true, WEB)).contains("\u201C셋\u201D. (근거 5건) https://");
	}

	@Test
	void oneQuoteIsNotCounted() {
		String text = Citations.cite(relationship(null, null), List.of(evidence(PLAN, "L1", "q")), false, WEB);
		assertThat(text).doesNotContain("pieces of evidence");
	}

	@Test
	void withoutEvidenceOnlyTheStatementAndThePermalink() {
		assertThat(
				Citations.cite(relationship(null, null), List.of(), false, new WebProperties("http://localhost:8080")))
			.isEqualTo("Korea Aerospace Research Institute is party to 대전 우주 MOU. "
					+ "http://localhost:8080/#/node/rel%3Aorg%3Akari%3EPARTY_TO%3Eagreement%3Amou");
	}

	@Test
	void aRoleLabelWithoutARoleIsShownInEnglishOnly() {
		// Korean shows the label only with a role code; English shows any label the
		// record has.
		Relationship labelled = new Relationship("rel:x", RelationshipType.PARTY_TO, kari(), mou(), null,
				new LocalizedText("참여", "participant"), null, null, null, null, null, Basis.STATED, null);
		assertThat(Citations.cite(labelled, List.of(), true, WEB)).doesNotContain("참여");
		assertThat(Citations.cite(labelled, List.of(), false, WEB)).contains("(participant)");
	}

	private static Relationship relationship(LocalizedText roleLabel, PartialDate validFrom) {
		return new Relationship("rel:org:kari>PARTY_TO>agreement:mou", RelationshipType.PARTY_TO, kari(), mou(),
				(roleLabel != null) ? "lead" : null, roleLabel, "SIGNED", validFrom, null, null, null, Basis.STATED,
				null);
	}

	private static Entity kari() {
		return entity("org:kari", "Organization", new LocalizedText("한국항공우주연구원", "Korea Aerospace Research Institute"));
	}

	private static Entity mou() {
		return entity("agreement:mou", "Agreement", new LocalizedText("대전 우주 MOU", null));
	}

	private static Entity entity(String id, String kind, LocalizedText name) {
		return new Entity(id, kind, null, name, List.of(), List.of(), null, null, null, null, null, null, null);
	}

	private static Evidence evidence(Source source, String locator, String quote) {
		return new Evidence("ev:" + locator, "rel:org:kari>PARTY_TO>agreement:mou", source, quote, locator, null);
	}

}
