package org.innograph.curation;

import java.util.List;

import org.innograph.graph.Basis;
import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline's rules on short texts, without the database. */
class CurationTests {

	private static final List<KnownEntity> KNOWN = List.of(
			new KnownEntity("org:kari", EntityKind.ORGANIZATION, List.of("한국항공우주연구원", "KARI", "항우연")),
			new KnownEntity("org:daejeon-city", EntityKind.ORGANIZATION, List.of("대전광역시", "대전시")),
			new KnownEntity("region:daejeon", EntityKind.REGION, List.of("대전")),
			new KnownEntity("cluster:space", EntityKind.CLUSTER, List.of("우주산업클러스터")),
			new KnownEntity("sector:space", EntityKind.SECTOR, List.of("우주")));

	private static final PartialDate PUBLISHED = PartialDate.parse("2023-10-19");

	private final Curation curation = new Curation(KNOWN);

	@ParameterizedTest
	@CsvSource(textBlock = """
			우주산업클러스터 조성,          cluster:space,    우주산업클러스터
			우주 산업 클러스터를 조성,      cluster:space,    우주 산업 클러스터
			우주산업·클러스터,              cluster:space,    우주산업·클러스터
			한국항공우주연구원은 참여했다,  org:kari,         한국항공우주연구원
			▲KARI와 함께,                   org:kari,         KARI
			대전광역시의 계획,              org:daejeon-city, 대전광역시
			""")
	void findsKnownNamesWhateverTheSpacingDotsAndParticles(String line, String id, String text) {
		List<Mention> mentions = this.curation.mentions(1, line);
		assertThat(mentions).anySatisfy((m) -> {
			assertThat(m.entityId()).isEqualTo(id);
			assertThat(m.text()).isEqualTo(text);
			assertThat(line.substring(m.start(), m.end())).isEqualTo(text);
		});
	}

	@Test
	void findsNoAcronymInsideAWordNorAShortNameInsideAnother() {
		assertThat(this.curation.mentions(1, "KARIX 장비와 한대전")).noneMatch(Mention::known);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			대덕연구개발특구진흥재단은 지원한다,    대덕연구개발특구진흥재단,    ORGANIZATION
			충남대학교와 협력,                      충남대학교,                  ORGANIZATION
			나노반도체 국가산업단지가 선정되었다,   나노반도체 국가산업단지,     INDUSTRIAL_COMPLEX
			우주항공 협의체를 출범,                 우주항공 협의체,             COUNCIL
			산업집적지경쟁력강화사업을 지원받아,    산업집적지경쟁력강화사업,    PROGRAM
			""")
	void proposesCandidatesByTheShapeOfKoreanNames(String line, String name, EntityKind kind) {
		assertThat(this.curation.mentions(1, line)).anySatisfy((m) -> {
			assertThat(m.known()).isFalse();
			assertThat(m.text()).isEqualTo(name);
			assertThat(m.kind()).isEqualTo(kind);
		});
	}

	@Test
	void proposesNoPlanFromAVerbEndingNorANameFromAPointingWord() {
		assertThat(this.curation.mentions(1, "조성할 계획이다")).noneMatch((m) -> m.kind() == EntityKind.PLAN);
		assertThat(this.curation.mentions(1, "이번 협약은 체결되었다")).noneMatch((m) -> m.text().startsWith("이번"));
	}

	@Test
	void readsPeopleWithTitlesButNeverFromContactLines() {
		Proposals proposals = this.curation.propose(DocumentText.of("""
				협약식은 이장우 대전시장, 이상률 한국항공우주연구원 원장을 비롯해 참석한 가운데 진행됐다.
				담당부서 우주항공산업추진단 담당과장 정유규(042-270-4150) 팀장 강태선 실장 주관
				"""), PUBLISHED);
		assertThat(proposals.entities()).noneMatch((e) -> e.line() == 2);
		assertThat(proposals.facts()).noneMatch((f) -> f.line() == 2);
		assertThat(proposals.entities()).filteredOn((e) -> e.kind() == EntityKind.PERSON)
			.extracting(ProposedEntity::name)
			.containsExactly("이장우", "이상률");
		assertThat(proposals.relationships()).filteredOn((r) -> r.type() == RelationshipType.HEADS)
			.extracting((r) -> r.from().text() + ">" + r.to().entityId())
			.containsExactlyInAnyOrder("이장우>org:daejeon-city", "이상률>org:kari");
		assertThat(proposals.relationships()).allSatisfy((r) -> assertThat(r.quote()).doesNotContain("042"));
		assertThat(proposals.relationships()).filteredOn((r) -> r.type() == RelationshipType.ATTENDED)
			.extracting((r) -> r.from().text())
			.containsExactlyInAnyOrder("이장우", "이상률");
	}

	@Test
	void proposesPartiesOfAnAgreementAndSaysPlannedWhenTheSentenceDoes() {
		Proposals proposals = this.curation.propose(DocumentText.of("""
				대전시는 19일 ▲한국항공우주연구원(KARI)과 업무협약을 체결했다.
				대전시는 한국항공우주연구원과 우주협력 업무협약을 체결할 예정이다.
				"""), PUBLISHED);
		List<ProposedRelationship> parties = proposals.relationships()
			.stream()
			.filter((r) -> r.type() == RelationshipType.PARTY_TO)
			.toList();
		assertThat(parties).extracting((r) -> r.from().entityId() + ">" + r.to().text() + ":" + r.basis())
			.contains("org:daejeon-city>업무협약:" + Basis.STATED, "org:kari>업무협약:" + Basis.STATED,
					"org:kari>우주협력 업무협약:" + Basis.PLANNED);
		assertThat(parties).allSatisfy((r) -> assertThat(r.quote()).isIn("대전시는 19일 ▲한국항공우주연구원(KARI)과 업무협약을 체결했다.",
				"대전시는 한국항공우주연구원과 우주협력 업무협약을 체결할 예정이다."));
	}

	@ParameterizedTest
	@CsvSource(quoteCharacter = '"', textBlock = """
			보도일시 2023. 10. 19.(목) 14:00,   2023-10-19
			일시 '23. 10. 19.(목),             2023-10-19
			‘21.9.30(목) 체결식,               2021-09-30
			'23.3. 선정,                        2023-03
			2023년 10월 선정,                   2023-10
			지난해 12월 지정되고,               2022-12
			지난 8월 확정,                      2023-08
			대전시는 19일 시청에서,             2023-10-19
			1월 16일(목) 14시,                  2023-01-16
			""")
	void readsDatesInTheDocumentsForms(String line, String date) {
		assertThat(FactFinder.dates(line, PUBLISHED)).extracting((f) -> f.date().text()).containsExactly(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			총사업비 973억 원을 확보    | budget         | 97300000000
			3조 5,065억 원 투입         | budget         | 3506500000000
			국비 245억 지원             | budgetNational | 24500000000
			4천7백억 원('22년 기준)     | budget         | 470000000000
			약 3.3조원 투자             | budget         | 3300000000000
			""")
	void readsAmountsInWon(String line, String key, long won) {
		assertThat(FactFinder.amounts(line)).singleElement().satisfies((f) -> {
			assertThat(f.key()).isEqualTo(key);
			assertThat(f.amount().won()).contains(won);
		});
	}

	@Test
	void readsNoMoneyFromCounts() {
		assertThat(FactFinder.amounts("기술교류회 12만회, 400여 개 기업, 8,514대 장비")).isEmpty();
	}

	@Test
	void readsATableWhoseHeaderNamesKindsAndRoles() {
		Proposals proposals = this.curation.propose(DocumentText.of("""
				No\t산업분야\t주관지역(산단)\t연계지역(산단)\t산학연협의체명
				19\t항공·방산\t경남(창원국가)\t경북(구미국가)\t방산
				20\t\t경남(사천일반)\t대구(성서일반), 대전(대덕)\t우주항공
				"""), PUBLISHED);
		assertThat(proposals.relationships())
			.extracting((r) -> r.from().text() + " " + r.type() + " " + r.to().text()
					+ ((r.role() != null) ? " " + r.role() : ""))
			.contains("창원국가 MEMBER_OF 방산 lead", "구미국가 MEMBER_OF 방산 linked", "창원국가 LOCATED_IN 경남", "방산 FOCUSES_ON 항공·방산",
					"우주항공 FOCUSES_ON 항공·방산", "대덕 MEMBER_OF 우주항공 linked");
		assertThat(proposals.relationships())
			.filteredOn((r) -> r.to().text().equals("우주항공") && r.from().text().equals("대전"))
			.singleElement()
			.satisfies((r) -> assertThat(r.from().entityId()).isEqualTo("region:daejeon"));
	}

	@Test
	void keepsEveryQuoteVerbatimAtItsLine() {
		DocumentText text = DocumentText.of("""
				- 대전시는 19일 시청 중회의실에서 ▲한국항공우주연구원(KARI)과 업무협약을 체결했다. 총사업비 973억 원을 확보했다.
				 - 협약식은 이장우 대전시장이 참석한 가운데 진행됐다.
				""");
		Proposals proposals = this.curation.propose(text, PUBLISHED);
		assertThat(proposals.relationships()).isNotEmpty()
			.allSatisfy((r) -> assertThat(text.lines().get(r.line() - 1)).contains(r.quote()));
		assertThat(proposals.facts()).isNotEmpty().allSatisfy((f) -> {
			assertThat(text.lines().get(f.line() - 1)).contains(f.quote());
			assertThat(text.lines().get(f.line() - 1).substring(f.start(), f.end())).isEqualTo(f.text());
		});
	}

}
