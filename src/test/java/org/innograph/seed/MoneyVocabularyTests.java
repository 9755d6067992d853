package org.innograph.seed;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * One money vocabulary (issue #21, list 2): every amount of won in the seed uses one of a
 * few fact keys, says its period and precision, and is held once, so that sums over the
 * graph count each amount once. The schema refuses any other key; these checks read the
 * seed as written, basis included, and compare sums with figures added up by hand from
 * the documents.
 */
class MoneyVocabularyTests {

	/** The keys an amount of won may use (graph-seed/README.md, "Money"). */
	static final Set<String> VOCABULARY = Set.of("budget", "budgetNational", "budgetLocal", "budgetPublic",
			"budgetPrivate", "capital", "investment", "production", "exports", "grdp", "rdExpenditure");

	static final Set<String> MONEY_UNITS = Set.of("원", "만 원", "억 원", "조 원");

	/** What a money fact's note says when the text gives the amount no year or period. */
	static final String NO_PERIOD = "gives no period";

	static final Path MASTER_PLAN = SeedFilesTests.SOURCES.resolve("001_00b146303ecfd9b5.txt");

	static Seed seed;

	static Map<String, JsonNode> trees;

	@BeforeAll
	static void readSeed() {
		List<SeedFile> files = SeedFiles.fromDirectory(SeedFilesTests.SEED);
		seed = new SeedReader().read(files);
		trees = SeedTrees.of(files);
	}

	// The vocabulary, its periods and precision.

	@Test
	void everyAmountOfWonUsesTheVocabulary() {
		List<Money> money = money();
		assertThat(money).as("the seed holds amounts of won").hasSizeGreaterThan(30);
		assertThat(money).allSatisfy((m) -> {
			assertThat(m.fact().key()).as("key of %s", m).isIn(VOCABULARY);
			assertThat(m.fact().unit()).as("unit of %s", m).isIn(MONEY_UNITS);
		});
	}

	@Test
	void aMoneyKeyHoldsOnlyAmountsOfWon() {
		List<String> wrong = new ArrayList<>();
		for (Seed.Entity entity : seed.entities()) {
			for (Seed.Fact fact : entity.facts()) {
				if (VOCABULARY.contains(fact.key()) && !MONEY_UNITS.contains(fact.unit())) {
					wrong.add(entity.id() + "." + fact.key() + " in " + fact.unit());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyAmountHasItsPeriodOrSaysTheTextGivesNone() {
		assertThat(money()).allSatisfy((m) -> {
			Seed.Fact fact = m.fact();
			boolean period = fact.date() != null || fact.from() != null || fact.to() != null;
			if (!period) {
				assertThat(fact.note()).as("note of %s, which has no date, from or to", m).contains(NO_PERIOD);
			}
			if (fact.date() != null) {
				assertThat(fact.from()).as("%s: a year (date) or a period (from/to), not both", m).isNull();
			}
		});
	}

	@Test
	void anApproximateAmountIsOneTheTextCallsApproximate() {
		assertThat(money()).filteredOn((m) -> Boolean.TRUE.equals(m.fact().approximate())).allSatisfy((m) -> {
			assertThat(m.fact().evidence()).as("evidence of %s", m)
				.anySatisfy((evidence) -> assertThat(evidence.quote()).containsAnyOf("약", "내외", "여 ", "여원"));
		});
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			item:1-1-1,                      budget,         35065, true
			item:1-1-1,                      budgetNational,  2630, false
			item:1-1-2,                      budget,          3000, false
			item:1-1-3,                      budget,         17000, true
			program:i-platform,              budgetNational,   270, false
			program:daejeon-space-cluster-project, budget,     973, false
			program:industrial-innovation-infrastructure, investment, 3.3, true
			""")
	void precisionIsAsWritten(String entity, String key, BigDecimal value, boolean approximate) {
		// 001 L583 약 3조 5,065억 원 (국 2,630 …), L641 총 3,000억 원, L697 약 1조 7,000억 원; 004 L6
		// 국비 총 270억원;
		// 000 L23 총사업비 973억 원; 002 L25 약 3.3조원.
		Seed.Fact fact = fact(entity, key, value);
		assertThat(Boolean.TRUE.equals(fact.approximate())).isEqualTo(approximate);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			item:1-1-3,                 production,  8000, 2027
			item:1-1-3,                 exports,     2000, 2027
			complex:daejeon-general,    production, 48000,
			""")
	void aTargetIsThePlainKeyWithBasisPlanned(String entity, String key, BigDecimal value, String year) {
		// 001 L697: ('27년) 생산 8,000억 원 이상, 수출 2,000억 원 이상; L868: → … 4조 8천억 원 생산액 … 확대.
		Seed.Fact fact = fact(entity, key, value);
		assertThat(basis(entity, fact)).isEqualTo("PLANNED");
		assertThat(fact.date()).isEqualTo(year);
		assertThat(money()).extracting((m) -> m.fact().key()).noneMatch((k) -> k.startsWith("target"));
	}

	@Test
	void theComplexsPresentProductionIsStatedAndItsTargetPlanned() {
		// 001 L868: 대전산단 현황 … 3조 5천억 원 생산액 … → … 4조 8천억 원 생산액 … 확대
		assertThat(
				basis("complex:daejeon-general", fact("complex:daejeon-general", "production", new BigDecimal(35000))))
			.isEqualTo("STATED");
	}

	@Test
	void aYearlyAmountIsOneFactPerYear() {
		// 001 L818: 대전 빅데이터 오픈랩 … 운영('23~'24년, 연 3억 원): 3억 원 in each of two years.
		List<Seed.Fact> budgets = entity("program:daejeon-big-data-open-lab").facts()
			.stream()
			.filter((fact) -> fact.key().equals("budget"))
			.toList();
		assertThat(budgets).extracting(Seed.Fact::date).containsExactly("2023", "2024");
		assertThat(budgets).extracting((fact) -> number(fact.value()))
			.allMatch((n) -> n.compareTo(BigDecimal.valueOf(3)) == 0);
	}

	// Held once: sums do not count an amount twice.

	@Test
	void theSubTasksOfStrategyOneSumToTheFiguresOfTheirSupportPlans() {
		// Added by hand from the support plan line (지원 계획) of each sub-task of strategy ①
		// in doc:001:
		// 1-1-1 L583 약 3조 5,065억 원 35,065
		// 1-1-2 L641 총 3,000억 원 3,000
		// 1-1-3 L697 약 1조 7,000억 원 17,000
		// 1-1-4 L772 약 2,658억 원 2,658
		// 1-2-1 L825 약 1,500억 원 1,500
		// 1-2-2 L879 약 3,000억 원 3,000
		// 1-3-1 L935 약 3.012억 원 3,012 (read as 3,012; INFERRED in the seed)
		// 1-3-2 (L942 ff.) gives no amount
		// total 65,235 억 원
		BigDecimal handTotal = new BigDecimal(65235);
		Set<String> subTasks = subTasksOf("item:1");
		assertThat(subTasks).hasSize(8);
		BigDecimal sum = BigDecimal.ZERO;
		int budgets = 0;
		for (String id : subTasks) {
			for (Seed.Fact fact : entity(id).facts()) {
				if (fact.key().equals("budget")) {
					assertThat(fact.unit()).isEqualTo("억 원");
					sum = sum.add(number(fact.value()));
					budgets++;
				}
			}
		}
		assertThat(budgets).as("one budget per sub-task that states one").isEqualTo(7);
		assertThat(sum).isEqualByComparingTo(handTotal);
		// The shares by payer of 1-1-1 (L583: 국 2,630, 지 1,650, 공 27,885, 민 2,900) are
		// parts of its budget, not
		// further amounts: a total is the budget key alone, and the shares add up to it.
		Map<String, BigDecimal> shares = new TreeMap<>();
		for (Seed.Fact fact : entity("item:1-1-1").facts()) {
			if (fact.key().startsWith("budget") && !fact.key().equals("budget")) {
				shares.merge(fact.key(), number(fact.value()), BigDecimal::add);
			}
		}
		assertThat(shares).containsOnlyKeys("budgetNational", "budgetLocal", "budgetPublic", "budgetPrivate");
		assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(new BigDecimal(2630 + 1650 + 27885 + 2900));
		assertThat(new BigDecimal(2630 + 1650 + 27885 + 2900)).isEqualByComparingTo("35065");
		// No other record (a programme or cluster under a sub-task) holds a sub-task's
		// amount again; two sub-tasks may
		// state the same figure (1-1-2 and 1-2-2: 3,000억 원 each).
		Set<String> ownBudgets = new TreeSet<>();
		subTasks.forEach((id) -> ownBudgets.add(id + ".budget"));
		for (String id : subTasks) {
			for (Seed.Fact fact : entity(id).facts()) {
				if (fact.key().equals("budget")) {
					assertThat(holdersOf(number(fact.value()), fact.unit())).as("holders of %s's budget", id)
						.contains(id + ".budget")
						.allSatisfy((holder) -> assertThat(ownBudgets).contains(holder));
				}
			}
		}
	}

	@Test
	void theSupportPlanLinesSayWhatTheTestAddsUp() {
		// The figures above are checked against the document itself when it is at hand.
		List<String> lines = masterPlanLines();
		if (lines == null) {
			return;
		}
		Map<Integer, String> written = Map.of(583, "약 3조 5,065억 원", 641, "총 3,000억 원", 697, "약 1조 7,000억 원", 772,
				"약 2,658억 원", 825, "약 1,500억 원", 879, "약 3,000억 원", 935, "약 3.012억 원");
		written.forEach((line,
				amount) -> assertThat(lines.get(line - 1)).as("L" + line).contains(amount).contains("5년간('23년~'27년)"));
		// 1-3-2 runs from its heading (L942) to strategy ②'s first task (L1042) and
		// states no five-year amount.
		assertThat(lines.get(942 - 1)).contains("【1-3-2】");
		assertThat(lines.get(1042 - 1)).contains("① 대덕특구 연계 융합혁신 생태계 조성");
		assertThat(String.join("\n", lines.subList(942, 1041))).doesNotContain("5년간");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			35065, 억 원, item:1-1-1.budget
			113,   억 원, program:industrial-complex-super-regional-councils.budget
			490,   억 원, cluster:daejeon-defense-innovation-cluster.budget
			973,   억 원, program:daejeon-space-cluster-project.budget
			270,   억 원, program:i-platform.budgetNational
			1000,  억 원, org:daejeon-investment-agency.capital
			""")
	void anAmountStatedTwiceIsHeldOnce(BigDecimal value, String unit, String holder) {
		// Another amount of the same size may stand elsewhere (the 1,000억 of the defence
		// test-bed city, L683):
		// what must be single is the amount of the lines named below, so holders are
		// counted among the
		// records citing the lines the holder cites.
		// 3조 5,065억 (L583, also the specialised complex's figure), 113억 (003 L27, also
		// MOTIE's funding), 490억
		// (001 L655 and L2140), 973억 (000 L23), 270억 (004 L6), the city's 1,000억 (001
		// L1610, also its funding).
		List<String> holders = holdersOf(value, unit);
		Set<String> lines = linesOf(holder);
		assertThat(holders).contains(holder);
		assertThat(holders.stream().filter((other) -> !java.util.Collections.disjoint(linesOf(other), lines)))
			.containsExactly(holder);
	}

	@Test
	void noLineGivesOneAmountToTwoRecords() {
		// An amount quoted from one line sits on one record; another record may cite the
		// line in a note.
		Map<String, Set<String>> holders = new TreeMap<>();
		for (Money m : money()) {
			for (Seed.Evidence evidence : m.fact().evidence()) {
				holders
					.computeIfAbsent(evidence.source() + " " + evidence.locator() + " "
							+ number(m.fact().value()).stripTrailingZeros().toPlainString() + " " + m.fact().unit(),
							(k) -> new TreeSet<>())
					.add(m.entity());
			}
		}
		for (Seed.Relationship rel : seed.relationships()) {
			if (rel.amount() != null) {
				for (Seed.Evidence evidence : rel.evidence()) {
					holders
						.computeIfAbsent(evidence.source() + " " + evidence.locator() + " "
								+ rel.amount().value().stripTrailingZeros().toPlainString() + " " + rel.amount().unit(),
								(k) -> new TreeSet<>())
						.add(rel.effectiveId());
				}
			}
		}
		assertThat(holders).allSatisfy((amount, records) -> assertThat(records).as(amount).hasSize(1));
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			cluster:daejeon-defense-innovation-cluster
			program:space-industry-innovation-base
			program:space-smart-specialization
			org:daejeon-investment-agency
			""")
	void theCitysFundingLinksNameThePayerAndLeaveTheAmountToTheFact(String funded) {
		// 001 L2140 시비 245억 원, L745 시비 20억 원 and 시 30, L1610 대전시 출자금 1,000억 원.
		List<Seed.Relationship> funds = seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("FUNDS") && rel.to().equals(funded))
			.toList();
		assertThat(funds).singleElement().satisfies((rel) -> {
			assertThat(rel.from()).isEqualTo("org:daejeon-city");
			assertThat(rel.amount()).isNull();
		});
		assertThat(entity(funded).facts()).anySatisfy((fact) -> assertThat(fact.key()).isIn("budgetLocal", "capital"));
	}

	@Test
	void motieFundsTheCouncilsRdAndTheFactSaysWhatTheBudgetIsFor() {
		// 003 L23 산업부는 … 공동 연구개발(R&D) … 지원; L27 … 금년에만 113억원의 예산을 투입
		Seed.Fact budget = fact("program:industrial-complex-super-regional-councils", "budget", new BigDecimal(113));
		assertThat(budget.date()).isEqualTo("2025");
		assertThat(budget.note()).contains("R&D");
		assertThat(seed.relationships()).anySatisfy((rel) -> {
			assertThat(rel.type()).isEqualTo("FUNDS");
			assertThat(rel.from()).isEqualTo("org:motie");
			assertThat(rel.to()).isEqualTo("program:industrial-complex-super-regional-councils");
		});
	}

	// The schema enforces the vocabulary.

	@ParameterizedTest
	@ValueSource(strings = { "totalBudget|억 원", "nationalFunds|억 원", "cumulativeInvestment|조 원", "budget|억원",
			"targetProduction|억 원", "cost|만 원" })
	void theSchemaRefusesAnAmountOutsideTheVocabulary(String keyAndUnit) {
		String[] parts = keyAndUnit.split("\\|");
		assertThatExceptionOfType(InvalidSeedException.class)
			.isThrownBy(() -> new SeedReader().read(List.of(new SeedFile("money.yaml", fileWith(parts[0], parts[1])))))
			.withMessageContaining("money.yaml entities[0] (program:alpha)")
			.withMessageContaining("/facts/0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "budget|억 원", "budgetLocal|만 원", "capital|원", "grdp|조 원", "companies|개", "totalArea|만 평" })
	void theSchemaAcceptsTheVocabularyAndCounts(String keyAndUnit) {
		String[] parts = keyAndUnit.split("\\|");
		assertThatNoException()
			.isThrownBy(() -> new SeedReader().read(List.of(new SeedFile("money.yaml", fileWith(parts[0], parts[1])))));
	}

	// Helpers.

	/**
	 * A fact of an entity that is an amount of won (or whose unit looks like one), with
	 * the entity's id.
	 */
	record Money(String entity, int index, Seed.Fact fact) {

		@Override
		public String toString() {
			return this.entity + "." + this.fact.key() + " (" + this.fact.value() + " " + this.fact.unit() + ")";
		}

	}

	static List<Money> money() {
		List<Money> money = new ArrayList<>();
		for (Seed.Entity entity : seed.entities()) {
			for (int i = 0; i < entity.facts().size(); i++) {
				Seed.Fact fact = entity.facts().get(i);
				if (fact.unit() != null && fact.unit().endsWith("원")) {
					money.add(new Money(entity.id(), i, fact));
				}
			}
		}
		return money;
	}

	/**
	 * Every record that holds this amount: "entity.key" for facts, the id for
	 * relationship amounts.
	 */
	/** The source lines cited by a money fact (entity.key) or a relationship (its id). */
	static Set<String> linesOf(String holder) {
		Set<String> lines = new TreeSet<>();
		for (Money m : money()) {
			if ((m.entity() + "." + m.fact().key()).equals(holder)) {
				m.fact().evidence().forEach((e) -> lines.add(e.source() + " " + e.locator()));
			}
		}
		seed.relationships()
			.stream()
			.filter((rel) -> rel.effectiveId().equals(holder))
			.forEach((rel) -> rel.evidence().forEach((e) -> lines.add(e.source() + " " + e.locator())));
		return lines;
	}

	static List<String> holdersOf(BigDecimal value, String unit) {
		List<String> holders = new ArrayList<>();
		for (Money m : money()) {
			if (unit.equals(m.fact().unit()) && m.fact().value() instanceof Number
					&& number(m.fact().value()).compareTo(value) == 0) {
				holders.add(m.entity() + "." + m.fact().key());
			}
		}
		seed.relationships()
			.stream()
			.filter((rel) -> rel.amount() != null && unit.equals(rel.amount().unit())
					&& rel.amount().value().compareTo(value) == 0)
			.forEach((rel) -> holders.add(rel.effectiveId()));
		return holders;
	}

	/** The sub-tasks under a strategy: PART_OF a task that is PART_OF it. */
	static Set<String> subTasksOf(String strategy) {
		Set<String> tasks = new TreeSet<>();
		seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("PART_OF") && rel.to().equals(strategy))
			.forEach((rel) -> tasks.add(rel.from()));
		Set<String> subTasks = new TreeSet<>();
		seed.relationships()
			.stream()
			.filter((rel) -> rel.type().equals("PART_OF") && tasks.contains(rel.to())
					&& "sub-task".equals(entity(rel.from()).type()))
			.forEach((rel) -> subTasks.add(rel.from()));
		return subTasks;
	}

	static Seed.Entity entity(String id) {
		return seed.entities()
			.stream()
			.filter((e) -> e.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entity " + id));
	}

	static Seed.Fact fact(String entity, String key, BigDecimal value) {
		List<Seed.Fact> facts = entity(entity).facts()
			.stream()
			.filter((fact) -> fact.key().equals(key) && fact.value() instanceof Number
					&& number(fact.value()).compareTo(value) == 0)
			.toList();
		assertThat(facts).as("fact %s = %s of %s", key, value, entity).hasSize(1);
		return facts.get(0);
	}

	/** The basis of a fact as written in its file (the loaded seed does not carry it). */
	static String basis(String entityId, Seed.Fact fact) {
		Seed.Entity entity = entity(entityId);
		Seed.Origin origin = entity.origin();
		int index = entity.facts().indexOf(fact);
		return trees.get(origin.file())
			.path(origin.list())
			.path(origin.index())
			.path("facts")
			.path(index)
			.path("basis")
			.asString();
	}

	static BigDecimal number(Object value) {
		return new BigDecimal(value.toString());
	}

	static List<String> masterPlanLines() {
		if (!Files.isRegularFile(MASTER_PLAN)) {
			assertThat(System.getenv("CI")).as("CI checks the figures against ../shared/sources").isNull();
			return null;
		}
		try {
			return Files.readAllLines(MASTER_PLAN, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fileWith(String key, String unit) {
		return """
				sources:
				  - id: doc:900
				    documentId: 900_0123456789abcdef
				    kind: press-release
				    title: { ko: 시험 문서, en: Test document }
				    publisher: { ko: 시험 기관, en: Test publisher }
				    published: "2024-01-02"
				entities:
				  - id: program:alpha
				    kind: Program
				    name: { ko: 알파 사업, en: Alpha programme }
				    facts:
				      - key: %s
				        value: 10
				        unit: %s
				        date: "2024"
				        basis: STATED
				        evidence:
				          - { source: doc:900, quote: 알파 사업 10, locator: L1 }
				    evidence:
				      - { source: doc:900, quote: 알파 사업, locator: L1 }
				""".formatted(key, unit);
	}

}
