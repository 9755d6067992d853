package org.innograph.curation;

import java.util.List;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event overviews (행사 개요) and the units heads' titles name, on short texts written for
 * the test; the expected claims are worked out by hand.
 */
class OverviewsTests {

	private static final List<KnownEntity> KNOWN = List.of(
			new KnownEntity("org:msit", EntityKind.ORGANIZATION, List.of("과학기술정보통신부", "과기정통부")),
			new KnownEntity("org:kiat", EntityKind.ORGANIZATION, List.of("한국산업기술진흥원", "KIAT")),
			new KnownEntity("region:busan", EntityKind.REGION, List.of("부산광역시", "부산")),
			new KnownEntity("region:daejeon", EntityKind.REGION, List.of("대전")));

	private static final PartialDate PUBLISHED = PartialDate.parse("2023-10-19");

	private final Curation curation = new Curation(KNOWN);

	private static final String SERIES = """
			과기정통부는 연구장비 로드맵 의견수렴을 위해 권역별 설명회를 개최한다.
			< 연구장비 로드맵 설명회 개요 >
			 ▲ 주최/주관 : 과학기술정보통신부 / 한국산업기술진흥원
			 ▲ 참석자 : 과기정통부 연구개발정책과장, KIAT 장비지원단장, 관계자 등 50명
			○ 일시 및 장소

			【1차】 '23. 11. 2.(목) 14:00, 부산 해운대호텔 그랜드볼룸

			【2차】 '23. 11. 3.(금) 10:00, 대전 과학기술회관 대강당
			""";

	@Test
	void makesEachRoundOfAnEventAnEventOfItsOwnNamedAfterItsOrdinalAndRegion() {
		DocumentText text = DocumentText.of(SERIES);
		Proposals proposals = this.curation.propose(text, PUBLISHED);
		assertThat(proposals.entities()).filteredOn((e) -> e.name().contains("차,"))
			.extracting((e) -> e.name() + " L" + e.line())
			.containsExactly("연구장비 로드맵 설명회 (1차, 부산) L7", "연구장비 로드맵 설명회 (2차, 대전) L9");
		assertThat(proposals.entities())
			.allSatisfy((e) -> assertThat(text.lines().get(e.line() - 1)).contains(e.quote()));
		assertThat(proposals.relationships()).allSatisfy((r) -> {
			assertThat(text.lines().get(r.line() - 1)).contains(r.quote());
			// What is said of the event as a whole is said of each round.
			assertThat(r.from().text()).isNotEqualTo("연구장비 로드맵 설명회");
			assertThat(r.to().text()).isNotEqualTo("연구장비 로드맵 설명회");
		});
	}

	@Test
	void readsOrganizersAttendeesAndVenuesOfEachRound() {
		Proposals proposals = this.curation.propose(DocumentText.of(SERIES), PUBLISHED);
		assertThat(proposals.relationships()).filteredOn((r) -> r.rule().equals("overview"))
			.extracting((r) -> r.from().key() + " " + r.type() + " " + r.to().key() + " " + r.role() + " " + r.basis())
			.containsExactlyInAnyOrder("org:msit ORGANIZES new:연구장비로드맵설명회(1차,부산) host STATED",
					"org:msit ORGANIZES new:연구장비로드맵설명회(2차,대전) host STATED",
					"org:kiat ORGANIZES new:연구장비로드맵설명회(1차,부산) organizer STATED",
					"org:kiat ORGANIZES new:연구장비로드맵설명회(2차,대전) organizer STATED",
					// The rounds are after the release: who attends is planned.
					"new:연구개발정책과 ATTENDED new:연구장비로드맵설명회(1차,부산) null PLANNED",
					"new:연구개발정책과 ATTENDED new:연구장비로드맵설명회(2차,대전) null PLANNED",
					"new:장비지원단 ATTENDED new:연구장비로드맵설명회(1차,부산) null PLANNED",
					"new:장비지원단 ATTENDED new:연구장비로드맵설명회(2차,대전) null PLANNED", "new:연구개발정책과 PART_OF org:msit null STATED",
					"new:장비지원단 PART_OF org:kiat null STATED", "new:해운대호텔 HOSTS new:연구장비로드맵설명회(1차,부산) venue STATED",
					"new:연구장비로드맵설명회(1차,부산) LOCATED_IN region:busan null STATED",
					"new:과학기술회관 HOSTS new:연구장비로드맵설명회(2차,대전) venue STATED",
					"new:연구장비로드맵설명회(2차,대전) LOCATED_IN region:daejeon null STATED");
	}

	@Test
	void aMentionOfTheEventByItsHeadWordElsewhereIsEachRound() {
		Proposals proposals = this.curation.propose(DocumentText.of(SERIES), PUBLISHED);
		assertThat(proposals.relationships()).filteredOn((r) -> r.line() == 1)
			.extracting((r) -> r.from().key() + " " + r.type() + " " + r.to().key())
			.contains("org:msit ORGANIZES new:연구장비로드맵설명회(1차,부산)", "org:msit ORGANIZES new:연구장비로드맵설명회(2차,대전)",
					"new:연구장비로드맵설명회(1차,부산) CONCERNS new:연구장비로드맵", "new:연구장비로드맵설명회(2차,대전) CONCERNS new:연구장비로드맵");
	}

	@Test
	void readsAnOverviewNamedByItsEventLineWithTheBodyOfTitlesInParentheses() {
		Proposals proposals = this.curation.propose(DocumentText.of("""
				1. 행사 개요
				- 행사명 : 연구장비 공동활용 협약식
				- 일시·장소 : '23.10.19.(목) 14:00 / 대전 과학기술회관
				- 참석자
				  - (과기정통부) 연구개발정책국장, 기획조정실장 등
				  - (KIAT) 원장
				- 방법 : 온·오프라인 병행
				"""), PUBLISHED);
		assertThat(proposals.relationships()).filteredOn((r) -> r.rule().equals("overview"))
			.extracting((r) -> r.from().key() + " " + r.type() + " " + r.to().key() + " " + r.basis())
			.containsExactlyInAnyOrder("new:과학기술회관 HOSTS new:연구장비공동활용협약식 STATED",
					"new:연구장비공동활용협약식 LOCATED_IN region:daejeon STATED",
					// Held on the day of the release: stated, not planned.
					"new:연구개발정책국 ATTENDED new:연구장비공동활용협약식 STATED", "new:기획조정실 ATTENDED new:연구장비공동활용협약식 STATED",
					"new:연구개발정책국 PART_OF org:msit STATED", "new:기획조정실 PART_OF org:msit STATED",
					// A head named by the title alone: the body attends.
					"org:kiat ATTENDED new:연구장비공동활용협약식 STATED");
	}

	@Test
	void readsAtMostTwelveRoundsOfAnEvent() {
		StringBuilder text = new StringBuilder("< 연구장비 로드맵 설명회 개요 >\n ▲ 주최 : 과학기술정보통신부\n○ 일시 및 장소\n");
		for (int i = 1; i <= 15; i++) {
			text.append("【").append(i).append("차】 '23. 11. ").append(i).append(".(목) 14:00, 부산 해운대호텔\n");
		}
		Proposals proposals = this.curation.propose(DocumentText.of(text.toString()), PUBLISHED);
		assertThat(proposals.entities()).filteredOn((e) -> e.name().contains("차,")).hasSize(Overviews.MAX_ROUNDS);
		assertThat(proposals.relationships()).filteredOn((r) -> r.type() == RelationshipType.ORGANIZES)
			.hasSize(Overviews.MAX_ROUNDS);
	}

	@Test
	void readsNoLabelOutsideAnOverview() {
		Proposals proposals = this.curation.propose(DocumentText.of("""
				연구장비 공동활용 협약식을 열었다.
				- 주최 : 과학기술정보통신부
				- 참석자 : 과기정통부 연구개발정책과장
				"""), PUBLISHED);
		assertThat(proposals.relationships()).noneMatch((r) -> r.rule().equals("overview"));
	}

	@Test
	void readsTheUnitAHeadsTitleNamesAndTheBodyItIsPartOf() {
		Proposals proposals = this.curation.propose(DocumentText.of("과기정통부 김민수 연구개발정책과장은 “장비 활용을 높이겠다”고 말했다."),
				PUBLISHED);
		assertThat(proposals.relationships())
			.extracting((r) -> r.from().text() + " " + r.type() + " " + r.to().key() + " " + r.role())
			.containsExactlyInAnyOrder("김민수 HEADS new:연구개발정책과 연구개발정책과장", "연구개발정책과 PART_OF org:msit null",
					"김민수 REPRESENTS org:msit 연구개발정책과장");
		assertThat(proposals.entities()).filteredOn((e) -> e.kind() == EntityKind.ORGANIZATION)
			.extracting(ProposedEntity::name, ProposedEntity::quote)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("연구개발정책과", "연구개발정책과"));
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			산업부 산업기술정책과장은,      산업기술정책과
			KIAT 혁신기반단장,              혁신기반단
			지역본부(서울지역본부장),       서울지역본부
			(산단공) 디지털혁신본부장 등,   디지털혁신본부
			클러스터사업팀장,               클러스터사업팀
			""")
	void readsTheUnitAHeadsTitleNames(String text, String unit) {
		assertThat(Units.in(text, 1, 0, text.length())).extracting(Mention::text).containsExactly(unit);
	}

	@ParameterizedTest
	@ValueSource(strings = { "산단공 이사장", "한국항공우주연구원 원장", "대전시장", "실장 주관", "과장 정유규", "부과장님이" })
	void readsNoUnitFromAHeadOfABodyNorFromATooShortName(String text) {
		assertThat(Units.in(text, 1, 0, text.length())).isEmpty();
	}

	@Test
	void aBodyWhoseHeadFollowsInParenthesesKeepsTheClaimsOfItsSentence() {
		Proposals proposals = this.curation.propose(DocumentText.of("과학기술정보통신부(장관 이서준)는 연구장비공동활용 사업을 운영한다."),
				PUBLISHED);
		assertThat(proposals.relationships()).extracting((r) -> r.from().key() + " " + r.type() + " " + r.to().key())
			.containsExactlyInAnyOrder("new:이서준 HEADS org:msit", "org:msit RUNS new:연구장비공동활용사업");
	}

	@Test
	void aBodyRunsTheBodyThatIsTheObjectOfItsVerb() {
		Proposals proposals = this.curation.propose(DocumentText.of("""
				과기정통부는 “연구장비 혁신 기획단”(3개 분과, 20명)을 운영하고 있다.
				한국산업기술진흥원은 과기정통부의 지원으로 장비를 운영한다.
				"""), PUBLISHED);
		assertThat(proposals.relationships()).filteredOn((r) -> r.type() == RelationshipType.RUNS)
			.extracting((r) -> r.from().key() + " " + r.to().key() + " " + r.line())
			.containsExactly("org:msit new:연구장비혁신기획단 1");
	}

	@Test
	void anEventHeldToGatherViewsConcernsThePlanBeforeTheWord() {
		Proposals proposals = this.curation
			.propose(DocumentText.of("연구장비 지원사업의 「장비 고도화 로드맵(안)」에 대한 의견수렴을 위해 권역별 설명회를 개최할 예정이다."), PUBLISHED);
		assertThat(proposals.relationships()).filteredOn((r) -> r.type() == RelationshipType.CONCERNS)
			.extracting((r) -> r.from().text() + " > " + r.to().text() + " " + r.basis())
			.containsExactly("권역별 설명회 > 장비 고도화 로드맵 " + Basis.PLANNED);
	}

}
