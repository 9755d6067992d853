package org.innograph.seed;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The Daejeon master plan (document 001) is in the seed as the plan states it: 4
 * strategies, 12 tasks, and every sub-task of the department table at the end of the
 * document (L2417-2488) under its task, with its numbered actions, its 5-year budget
 * where the text gives one, and exactly the departments the table names.
 */
class MasterPlanTableTests {

	static final Path SOURCE = Path.of("..", "shared", "sources", "001_00b146303ecfd9b5.txt");

	static final String PLAN = "plan:daejeon-st-master-plan-2023-2027";

	/**
	 * The department table 추진과제별 담당 부서(안): its title line and its last line (the end of
	 * the document).
	 */
	static final int TABLE_FIRST = 2417;

	static final int TABLE_LAST = 2488;

	/** The 32 sub-task codes of the department table, in its order. */
	static final List<String> SUB_TASK_CODES = List.of("1-1-1", "1-1-2", "1-1-3", "1-1-4", "1-2-1", "1-2-2", "1-3-1",
			"1-3-2", "2-1-1", "2-1-2", "2-2-1", "2-2-2", "2-3-1", "2-3-2", "3-1-1", "3-1-2", "3-2-1", "3-2-2", "3-2-3",
			"3-3-1", "3-3-2", "3-3-3", "4-1-1", "4-1-2", "4-1-3", "4-2-1", "4-2-2", "4-2-3", "4-2-4", "4-3-1", "4-3-2",
			"4-3-3");

	/** The 12 tasks of the overview table 4대 전략과 과제 (L450-464). */
	static final List<String> TASK_CODES = List.of("1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3", "4-1",
			"4-2", "4-3");

	static Seed seed;

	static Optional<List<String>> sourceLines;

	@BeforeAll
	static void read() throws IOException {
		seed = new SeedReader().read(SeedFiles.fromDirectory(Path.of("graph-seed")));
		sourceLines = Files.isRegularFile(SOURCE) ? Optional.of(Files.readAllLines(SOURCE, StandardCharsets.UTF_8))
				: Optional.empty();
	}

	// Columns: the sub-task code; its title as the section heading 【code】 writes it; the
	// code and title cell as the
	// department table writes it on the code's line (misreadings of the text kept: 진역주도,
	// titles cut where the
	// cell wraps); the departments the table names for it, separated by spaces (cells
	// that are not legible
	// department names are left out: 영립인공식 at 3-1-2, 27718162 at 4-1-1, 저러나아 중지시 at
	// 4-2-1,
	// 선닉사업무선널 at 4-2-2); the 5-year budget as written in the sub-task's 지원 계획 line, its
	// value in 억 원 and
	// that line (empty where the text gives no amount: the table's yearly columns are
	// empty); the number of actions
	// in the sub-task's 지원 계획 table.
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# code | title | table cell | departments | budget as written | 억 원 | line | actions
			1-1-1 | 국가 나노·반도체산업 미래 선도 | 1-1-1 국가 나노·반도체산업 미래 선도 | 전략산업반도체과 | 약 3조 5,065억 원 | 35065 | 583 | 3
			1-1-2 | 바이오헬스산업 글로벌 경쟁력 강화 | 1-1-2 바이오헬스산업 글로벌 경쟁력 강화 | 바이오헬스산업과 | 총 3,000억 원 | 3000 | 641 | 3
			1-1-3 | K-방산 허브도시 조성 | 1-1-3 K-방산 허브도시 조성 | 국방산업추진단 | 약 1조 7,000억 원 | 17000 | 697 | 3
			1-1-4 | 우주산업 3각 클러스터 구축 | 1-1-4 우주산업 3각 클러스터 구축 | 우주항공산업추진단 | 약 2,658억 원 | 2658 | 772 | 3
			1-2-1 | 테스트베드 실증도시 대전 구현 | 1-2-1 테스트베드 실증도시 대전 구현 | 창업진흥과 | 약 1,500억 원 | 1500 | 825 | 3
			1-2-2 | 지역 전통제조업의 디지털 전환 | 1-2-2 지역 전통제조업의 디지털 전환 | 전략산업반도체과 | 약 3,000억 원 | 3000 | 879 | 3
			1-3-1 | 첨단ICT·AI 기반 융합 촉진 | 1-3-1 첨단ICT· AI기반 융합 촉진 | 스마트도시과 | 약 3.012억 원 | 3012 | 935 | 3
			1-3-2 | 연구장비·서비스산업 연계 육성 | 1-3-2 연구장비·서비스산업 연계 육성 | 전략산업반도체과 | | | | 3
			2-1-1 | 대전 트라이앵글 클러스터 고도화 | 2-1-1 대전 트라이앵글 클러스터 고도화 | 과학협력과 산업입지과 | | | | 3
			2-1-2 | 혁신클러스터 통합연계 강화 | 2-1-2 혁신클러스터 통합연계 강화 | 전략사업추진실 | | | | 3
			2-2-1 | 충청권 메가시티 초광역 협력 확대 | 2-2-1 충청권 메가시티 초광역 협력 확대 | 전략산업반도체과 산업입지과 | | | | 2
			2-2-2 | 국제과학비즈니스벨트 연계 초광역 R&BD 플랫폼 구축 | 2-2-2 국제과학비즈니스벨트 연계 초광역 R&BD 플랫폼 구축 | 전략산업반도체과 산업입지과 | | | | 2
			2-3-1 | 글로벌 혁신 인프라 및 인재 유치·활용 | 2-3-1 글로벌 혁신 인프라 및 인재 유치·활용 | 창업진흥과 | | | | 3
			2-3-2 | 지역 혁신주체 글로벌 진출 활성화 | 2-3-2 지역 혁신주체 글로벌 진출 활성화 | 과학협력과 도시브랜드담당관 | | | | 3
			3-1-1 | 공공기술 사업화 중심의 창업 지원체계 구축 | 3-1-1 공공기술 사업화 중심의 창업 지원체계 구축 | 창업진흥과 | | | | 3
			3-1-2 | 딥테크 실증 클러스터 조성 | 3-1-2 딥테크 실증 클러스터 조성 | 창업진흥과 | | | | 4
			3-2-1 | 기업 맞춤형 딥테크 성장 고도화 | 3-2-1 기업 맞춤형 딥테크 성장 고도화 | 창업진흥과 | | | | 3
			3-2-2 | 딥테크 융합형 유니콘·스타기업 육성 | 3-2-2 딥테크 융합형 유니콘·스타기업 육성 | 창업진흥과 | | | | 3
			3-2-3 | 스타트업 기술금융 생태계 확충 | 3-2-3 스타트업 기술금융 생태계 확충 | 기업투자유치과 | | | | 3
			3-3-1 | 과학예술융합 공간 조성 및 인프라 구축 | 3-3-1 과학예술융합 공간 조성 및 인프라 구축 | 경제과학국 | | | | 3
			3-3-2 | 과학예술융합 콘텐츠 발굴 및 육성 | 3-3-2 과학예술융합 콘텐츠 발굴 및 육성 | 경제과학국 | | | | 3
			3-3-3 | 시민 참여형 과학문화·실증 프로그램 확대 | 3-3-3 시민 참여형 과학문화·실증 프로그램 확대 | 경제과학국 | | | | 3
			4-1-1 | 지역주도 인재 양성 체계 구축 | 4-1-1 진역주도 인재 양성 체계 | 전략사업추진실 | | | | 2
			4-1-2 | 일자리 지원 환경 혁신 | 4-1-2 일자리 지원 환경 혁신 | 전략사업추진실 | | | | 3
			4-1-3 | 정주여건 질적 개선 | 4-1-3 정주여건 질적 개선 | 전략사업추진실 일자리경제과 | | | | 3
			4-2-1 | 신진 과학기술 인재 양성 및 확보 | 4-2-1 신진 과학기술 인재 양성 및 | 전략사업추진실 | | | | 4
			4-2-2 | 핵심전략산업 수요 인력 양성 및 확보 | 4-2-2 핵심전략산업 수요 인력 양성 및 확보 | 전략사업추진실 | | | | 4
			4-2-3 | 산업환경 변화에 대응한 산업체 재직자 확보 | 4-2-3 산업환경 변화에 대응한 산업체 재직자 확보 | 전략사업추진실 | | | | 3
			4-2-4 | 여성 및 고경력 은퇴 과학기술인 취·창업 확대 | 4-2-4 여성 및 고경력 은퇴 과학기술인 취·창업 | 전략사업추진실 | | | | 2
			4-3-1 | 글로벌 인재 유치 및 정착지원 | 4-3-1 글로벌 인재 유치 및 정착지원 | 창업진흥과 | | | | 3
			4-3-2 | 글로벌 전문 기술인력 양성·활용 강화 | 4-3-2 글로벌 전문 기술인력 | 도시브랜드담당관 | | | | 2
			4-3-3 | 글로벌 창업 교육 및 창업 활성화 | 4-3-3 글로벌 창업 교육 및 창업 활성화 | 기업투자유치과 | | | | 3
			""")
	void everySubTaskOfTheDepartmentTableIsInTheSeed(String code, String title, String tableCell, String departments,
			String budgetAsWritten, BigDecimal budget, Integer budgetLine, int actions) {
		Seed.Entity subTask = entity("item:" + code);
		assertThat(subTask.kind()).isEqualTo("PlanItem");
		assertThat(subTask.type()).isEqualTo("sub-task");
		assertThat(subTask.code()).isEqualTo(code);
		assertThat(subTask.name().ko()).isEqualTo(title);
		assertThat(subTask.status()).isEqualTo("PLANNED");

		String task = code.substring(0, code.lastIndexOf('-'));
		assertThat(targets("PART_OF", "item:" + code)).containsExactly("item:" + task);

		Set<String> expectedDepartments = Set.of(departments.split(" "));
		assertThat(seed.relationships())
			.filteredOn((rel) -> rel.type().equals("RESPONSIBLE_FOR") && rel.to().equals("item:" + code))
			.extracting((rel) -> entity(rel.from()))
			.allSatisfy((dept) -> assertThat(dept.type()).isEqualTo("department"))
			.extracting((dept) -> dept.name().ko())
			.containsExactlyInAnyOrderElementsOf(expectedDepartments);

		List<Seed.Fact> budgets = subTask.facts().stream().filter((fact) -> fact.key().equals("budget")).toList();
		if (budget == null) {
			assertThat(budgets).as("no budget is stated for " + code).isEmpty();
		}
		else {
			assertThat(budgets).singleElement().satisfies((fact) -> {
				assertThat(new BigDecimal(fact.value().toString())).isEqualByComparingTo(budget);
				assertThat(fact.unit()).isEqualTo("억 원");
				assertThat(fact.approximate()).isEqualTo(budgetAsWritten.startsWith("약"));
				assertThat(fact.from()).isEqualTo("2023");
				assertThat(fact.to()).isEqualTo("2027");
			});
		}

		List<String> actionCodes = seed.entities()
			.stream()
			.filter((e) -> "action".equals(e.type()) && targets("PART_OF", e.id()).contains("item:" + code))
			.map(Seed.Entity::code)
			.sorted()
			.toList();
		assertThat(actionCodes)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, actions).mapToObj((n) -> code + "." + n).toList());

		sourceLines.ifPresent((lines) -> {
			// The transcription itself is checked against the document, so a typo in this
			// table fails.
			int row = tableLineOf(lines, code);
			assertThat(normalise(lines.get(row - 1))).as("table cell at L" + row).contains(tableCell);
			String rowText = normalise(String.join(" ", lines.subList(row - 2, Math.min(TABLE_LAST, row + 2))));
			assertThat(rowText).as("departments near L" + row).contains(expectedDepartments);
			assertThat(headingTitle(lines, code)).as("section heading of " + code).isEqualTo(title);
			if (budgetLine != null) {
				assertThat(normalise(lines.get(budgetLine - 1))).as("budget line L" + budgetLine)
					.contains(budgetAsWritten)
					.contains("5년간('23년~'27년)");
			}
		});
	}

	@Test
	void thePlanHasFourStrategiesAndTwelveTasksEachUnderItsStrategy() {
		assertThat(entity(PLAN).kind()).isEqualTo("Plan");
		// Other plans (e.g. document 003's) have strategies too; this plan's items have
		// numeric codes.
		assertThat(seed.entities()).filteredOn((e) -> e.id().matches("item:[0-9].*"))
			.filteredOn((e) -> "strategy".equals(e.type()))
			.extracting(Seed.Entity::id)
			.containsExactlyInAnyOrder("item:1", "item:2", "item:3", "item:4");
		for (int strategy = 1; strategy <= 4; strategy++) {
			assertThat(targets("PART_OF", "item:" + strategy)).containsExactly(PLAN);
		}
		assertThat(seed.entities()).filteredOn((e) -> e.id().matches("item:[0-9].*"))
			.filteredOn((e) -> "task".equals(e.type()))
			.extracting(Seed.Entity::code)
			.containsExactlyInAnyOrderElementsOf(TASK_CODES);
		for (String task : TASK_CODES) {
			assertThat(targets("PART_OF", "item:" + task)).containsExactly("item:" + task.substring(0, 1));
		}
		assertThat(seed.relationships()).anySatisfy((rel) -> {
			assertThat(rel.type()).isEqualTo("PUBLISHES");
			assertThat(rel.from()).isEqualTo("org:daejeon-city");
			assertThat(rel.to()).isEqualTo(PLAN);
		});
	}

	@Test
	void theSeedHasExactlyTheSubTasksOfTheDepartmentTable() {
		assertThat(seed.entities()).filteredOn((e) -> "sub-task".equals(e.type()))
			.extracting(Seed.Entity::code)
			.containsExactlyInAnyOrderElementsOf(SUB_TASK_CODES);
		assumeThat(sourceLines).isPresent();
		List<String> lines = sourceLines.get();
		assertThat(normalise(lines.get(TABLE_FIRST - 1))).isEqualTo("추진과제별 담당 부서(안)");
		Matcher codes = Pattern.compile("\\b\\d-\\d-\\d\\b")
			.matcher(String.join("\n", lines.subList(TABLE_FIRST - 1, TABLE_LAST)));
		List<String> inTable = codes.results().map(MatchResult::group).toList();
		assertThat(inTable).containsExactlyElementsOf(SUB_TASK_CODES);
	}

	@Test
	void everyResponsibleDepartmentIsAUnitOfTheCity() {
		Set<String> departments = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("RESPONSIBLE_FOR") && rel.to().startsWith("item:"))
			.map(Seed.Relationship::from)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(departments).hasSize(13).allSatisfy((id) -> {
			assertThat(id).startsWith("org:daejeon-dept-");
			assertThat(entity(id).type()).isEqualTo("department");
			assertThat(targets("PART_OF", id)).contains("org:daejeon-city");
		});
	}

	private static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((e) -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id + " in the seed"));
	}

	private static List<String> targets(String type, String from) {
		return seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals(type) && rel.from().equals(from))
			.map(Seed.Relationship::to)
			.toList();
	}

	/** The 1-based line of the department table that holds a sub-task code. */
	private static int tableLineOf(List<String> lines, String code) {
		return IntStream.rangeClosed(TABLE_FIRST, TABLE_LAST)
			.filter((n) -> Arrays.asList(normalise(lines.get(n - 1)).split(" ")).contains(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(code + " is not in the department table"));
	}

	/** The title of the section headed 【code】 (or [code], as 4-2-2 is written). */
	private static String headingTitle(List<String> lines, String code) {
		Pattern heading = Pattern.compile("^[【\\[]" + Pattern.quote(code) + "[】\\]]\\s*(.+)$");
		return lines.stream()
			.map(heading::matcher)
			.filter(Matcher::matches)
			.map((m) -> normalise(m.group(1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section heading for " + code));
	}

	private static String normalise(String text) {
		return SeedChecks.normalise(text);
	}

}
