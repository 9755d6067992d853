package org.innograph.entity;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.innograph.seed.Seed;
import org.innograph.storage.StoredRecords;
import org.innograph.support.Http;
import org.innograph.support.IntegrationTest;
import org.innograph.support.SeedOnDisk;
import org.innograph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code amounts} on the seed. Every expected sum is added up here from the seed files as
 * read (the {@link Seed}), with the units' sizes written out (억 is 10^8 won, 조 10^12),
 * never by the code under test: strategy ①'s planned budget, a sub-task's total and
 * shares counted once, programmes over different periods reported rather than added, and
 * the language of the display strings.
 */
// Writes to the shared database. Alone on it.
@ResourceLock(TestDatabase.LOCK)
@IntegrationTest
class AmountsIT {

	private static final Map<String, BigDecimal> WON_PER_UNIT = Map.of("억 원", BigDecimal.TEN.pow(8), "조 원",
			BigDecimal.TEN.pow(12), "만 원", BigDecimal.TEN.pow(4), "원", BigDecimal.ONE);

	private static final String STRATEGY_1 = "item:1";

	private static final String SUM = """
			query ($key: String, $groupBy: AmountGroup, $partOf: ID, $kinds: [EntityKind!], $codes: [String!],
			       $factBasis: [Basis!], $language: Language) {
			  amounts(key: $key, groupBy: $groupBy, partOf: $partOf, kinds: $kinds, codes: $codes,
			          factBasis: $factBasis) {
			    key groupBy
			    total { won approximate factCount factIds from { text } to { text } display(language: $language) }
			    buckets { key label { ko en } entity { id } won factIds display(language: $language) }
			    notAddedCount
			    notAdded { fact { id } entity { id } reason explanation(language: $language) }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	final Seed seed = SeedOnDisk.seed();

	@Test
	void strategyOnesPlannedBudgetIsTheSumOfItsPartsBudgets() {
		List<Money> budgets = money(partsOf(STRATEGY_1), "budget"::equals);
		// Document 001: seven sub-tasks of strategy ① state a five-year amount; the
		// README
		// and MoneyVocabularyTests add them up by hand to 65,235억 원.
		assertThat(budgets).hasSize(7);
		assertThat(budgets).extracting(Money::period).containsOnly("2023/2027");
		BigDecimal expected = sum(budgets);
		assertThat(expected).isEqualByComparingTo(new BigDecimal(65235).multiply(BigDecimal.TEN.pow(8)));

		Map<String, Object> amounts = amounts(Map.of("key", "budget", "partOf", STRATEGY_1));
		Map<String, Object> total = map(amounts, "total");
		assertThat(won(total)).isEqualByComparingTo(expected);
		assertThat(total.get("factIds")).asList().containsExactlyInAnyOrderElementsOf(ids(budgets));
		assertThat(total.get("approximate")).isEqualTo(budgets.stream().anyMatch(Money::approximate));
		assertThat(map(total, "from").get("text")).isEqualTo("2023");
		assertThat(map(total, "to").get("text")).isEqualTo("2027");
		// The shares of 1-1-1 are in its total: nothing is left over.
		assertThat(amounts.get("notAddedCount")).isEqualTo(0);
		assertThat(total.get("display")).isEqualTo("약 6조 5,235억 원");
	}

	@Test
	void theBasisOfTheFactsNarrowsTheSum() {
		// 1-3-1's 약 3.012억 원 is read as 3,012억 원: INFERRED, not what the plan states.
		List<Money> planned = money(partsOf(STRATEGY_1), (key) -> key.equals("budget")).stream()
			.filter((m) -> "PLANNED".equals(m.basis()))
			.toList();
		assertThat(planned).hasSize(6);
		Map<String, Object> variables = new HashMap<>();
		variables.put("key", "budget");
		variables.put("partOf", STRATEGY_1);
		variables.put("factBasis", List.of("PLANNED", "STATED"));
		Map<String, Object> total = map(amounts(variables), "total");
		assertThat(won(total)).isEqualByComparingTo(sum(planned));
		assertThat(total.get("factIds")).asList().containsExactlyInAnyOrderElementsOf(ids(planned));
	}

	@Test
	void aTotalAndItsSharesAreNotAddedTogether() {
		List<Money> facts = money(Set.of("item:1-1-1"), (key) -> key.startsWith("budget"));
		List<Money> totals = facts.stream().filter((m) -> m.key().equals("budget")).toList();
		List<Money> shares = facts.stream().filter((m) -> !m.key().equals("budget")).toList();
		assertThat(totals).hasSize(1);
		assertThat(shares).hasSize(4);
		// The seed's note: the shares add up to the total.
		assertThat(sum(shares)).isEqualByComparingTo(sum(totals));

		Map<String, Object> variables = Map.of("key", "budget", "kinds", List.of("PLAN_ITEM"), "codes",
				List.of("1-1-1"));
		Map<String, Object> plain = amounts(variables);
		assertThat(won(map(plain, "total"))).isEqualByComparingTo(sum(totals));
		assertThat(map(plain, "total").get("factIds")).asList().containsExactly(totals.get(0).id());

		Map<String, Object> byPayer = new HashMap<>(variables);
		byPayer.put("groupBy", "PAYER");
		Map<String, Object> payers = amounts(byPayer);
		Map<String, BigDecimal> expected = new HashMap<>();
		Map<String, String> payerOf = Map.of("budgetNational", "NATIONAL", "budgetLocal", "LOCAL", "budgetPublic",
				"PUBLIC", "budgetPrivate", "PRIVATE");
		shares.forEach((m) -> expected.put(payerOf.get(m.key()), m.won()));
		Map<String, BigDecimal> answered = new HashMap<>();
		buckets(payers).forEach((bucket) -> answered.put((String) bucket.get("key"), won(bucket)));
		assertThat(answered).containsOnlyKeys(expected.keySet());
		expected.forEach((payer, won) -> assertThat(answered.get(payer)).as(payer).isEqualByComparingTo(won));
		// Still one amount: the total by payer is the total.
		assertThat(won(map(payers, "total"))).isEqualByComparingTo(sum(totals));
		assertThat(payers.get("notAddedCount")).isEqualTo(0);
	}

	@Test
	void amountsOverDifferentPeriodsAreReportedNotAdded() {
		Set<String> programs = new HashSet<>();
		this.seed.entities().stream().filter((e) -> e.kind().equals("Program")).forEach((e) -> programs.add(e.id()));
		List<Money> budgets = money(programs, "budget"::equals).stream().filter((m) -> m.period() != null).toList();
		Set<String> periods = new HashSet<>();
		budgets.forEach((m) -> periods.add(m.period()));
		// The programmes' budgets cover many periods (001 L818 is one per year: 2023 and
		// 2024).
		assertThat(periods).hasSizeGreaterThan(3).contains("2023", "2024");

		Map<String, Object> amounts = amounts(Map.of("key", "budget", "kinds", List.of("PROGRAM")));
		Map<String, Object> total = map(amounts, "total");
		String from = (String) map(total, "from").get("text");
		String to = (String) map(total, "to").get("text");
		String period = from.equals(to) ? from : from + "/" + to;
		List<Money> inPeriod = budgets.stream().filter((m) -> m.period().equals(period)).toList();
		List<Money> otherPeriods = budgets.stream().filter((m) -> !m.period().equals(period)).toList();
		assertThat(otherPeriods).isNotEmpty();
		assertThat(won(total)).isEqualByComparingTo(sum(inPeriod));
		assertThat(total.get("factIds")).asList().containsExactlyInAnyOrderElementsOf(ids(inPeriod));
		Map<String, String> reasons = new HashMap<>();
		notAdded(amounts)
			.forEach((item) -> reasons.put((String) map(item, "fact").get("id"), (String) item.get("reason")));
		otherPeriods.forEach((m) -> assertThat(reasons).containsEntry(m.id(), "OTHER_PERIOD"));
		// Amounts whose text gives no period are listed too, never added.
		money(programs, "budget"::equals).stream()
			.filter((m) -> m.period() == null)
			.forEach((m) -> assertThat(reasons).containsEntry(m.id(), "NO_PERIOD"));

		// By period, each period is its own bucket: the yearly amounts of 2023 and 2024
		// stay apart.
		Map<String, Object> byPeriod = amounts(
				Map.of("key", "budget", "kinds", List.of("PROGRAM"), "groupBy", "PERIOD"));
		assertThat(byPeriod.get("total")).isNull();
		Map<String, BigDecimal> expected = new HashMap<>();
		budgets.forEach((m) -> expected.merge(m.period(), m.won(), BigDecimal::add));
		Map<String, BigDecimal> answered = new HashMap<>();
		buckets(byPeriod).forEach((bucket) -> answered.put((String) bucket.get("key"), won(bucket)));
		assertThat(answered).containsOnlyKeys(expected.keySet());
		expected.forEach((key, won) -> assertThat(answered.get(key)).as(key).isEqualByComparingTo(won));
	}

	@Test
	void anAcceptLanguageOfEnglishGetsEnglishDisplaysAndTheArgumentOverridesIt() {
		HttpGraphQlTester english = this.graphQl.mutate().header("Accept-Language", "en-GB,en;q=0.9,ko;q=0.5").build();
		String query = """
				query ($language: Language) {
				  amounts(key: "budget", partOf: "item:1") { total { display(language: $language) } }
				  node(id: "item:1-1-1#budget") { ... on Fact { display(language: $language) } }
				  entity(key: "complex:daejeon-general") { facts { key display(language: $language) } }
				}""";
		var answer = english.document(query).execute();
		answer.path("amounts.total.display").entity(String.class).isEqualTo("about 6.5235 trillion won");
		answer.path("node.display").entity(String.class).isEqualTo("about 3.5065 trillion won");
		List<Map<String, Object>> facts = answer.path("entity.facts").entityList(MAP).get();
		assertThat(facts).extracting((fact) -> fact.get("display"))
			.contains("545 companies", "4,521 people", "3.5 trillion won", "37%")
			.noneMatch((display) -> display.toString().matches(".*[\\p{IsHangul}].*"));

		var korean = english.document(query).variable("language", "KO").execute();
		korean.path("amounts.total.display").entity(String.class).isEqualTo("약 6조 5,235억 원");
		korean.path("node.display").entity(String.class).isEqualTo("약 3조 5,065억 원");
		assertThat(korean.path("entity.facts").entityList(MAP).get()).extracting((fact) -> fact.get("display"))
			.contains("545개", "4,521명", "3조 5,000억 원", "37%");

		// No header: Korean, the sources' language.
		this.graphQl.document(query)
			.execute()
			.path("amounts.total.display")
			.entity(String.class)
			.isEqualTo("약 6조 5,235억 원");
		// A Korean client asking for English in the field gets English.
		this.graphQl.mutate()
			.header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8")
			.build()
			.document(query)
			.variable("language", "EN")
			.execute()
			.path("node.display")
			.entity(String.class)
			.isEqualTo("about 3.5065 trillion won");
	}

	@Test
	void aRelationshipsAmountReadsInTheRequestsLanguage() {
		// The seed's FUNDS links carry no amount (the amount is a fact); one written here
		// for the test, and removed after it.
		String id = "rel:org:daejeon-city>FUNDS>program:space-industry-innovation-base#amount-test";
		try {
			this.client.query("""
					MATCH (a:Entity {id: 'org:daejeon-city'}), (b:Entity {id: 'program:space-industry-innovation-base'})
					CREATE (a)-[:FUNDS {id: $id, amountValue: 20.0, amountUnit: '억 원', amountApproximate: true,
					                    amountWon: 2000000000, basis: 'STATED', origin: 'test'}]->(b)
					""").bind(id).to("id").run();
			var answer = this.graphQl.mutate().header("Accept-Language", "en").build().document("""
					query ($id: ID!) { node(id: $id) { ... on Relationship {
					  amount { display ko: display(language: KO) } } } }""").variable("id", id).execute();
			answer.path("node.amount.display").entity(String.class).isEqualTo("about 2 billion won");
			answer.path("node.amount.ko").entity(String.class).isEqualTo("약 20억 원");
		}
		finally {
			this.client.query("MATCH ()-[r {id: $id}]->() DELETE r").bind(id).to("id").run();
		}
	}

	@Test
	void answersVaryByTheirLanguage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(new Http(this.port).uri("/graphql?query=%7Bamounts%7BnotAddedCount%7D%7D"))
				.header("Accept", "application/json")
				.header("Accept-Language", "en")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Language"));
	}

	@Test
	void whatIsNotAddedIsExplainedInTheRequestsLanguage() {
		HttpGraphQlTester english = this.graphQl.mutate().header("Accept-Language", "en").build();
		List<Map<String, Object>> notAdded = english.document("""
				{ amounts(key: "budget", kinds: [PROGRAM]) { notAdded { reason explanation } } }""")
			.execute()
			.path("amounts.notAdded")
			.entityList(MAP)
			.get();
		assertThat(notAdded).isNotEmpty()
			.allSatisfy((item) -> assertThat((String) item.get("explanation")).isNotBlank()
				.doesNotContainPattern("[가-힣]{2,}"));
	}

	@Test
	void badArgumentsAreRefusedWithACode() {
		expectError("{ amounts(key: \"\") { notAddedCount } }", "BAD_REQUEST");
		expectError("{ amounts(key: \"" + "x".repeat(101) + "\") { notAddedCount } }", "BAD_REQUEST");
		expectError("{ amounts(partOf: \"item:does-not-exist\") { notAddedCount } }", "NOT_FOUND");
		expectError("{ amounts { notAdded(first: 0) { reason } } }", "BAD_REQUEST");
		expectError("{ amounts { total { factIds(first: 101) } } }", "BAD_REQUEST");
		List<String> types = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			types.add("\"t" + i + "\"");
		}
		expectError("{ amounts(types: [" + String.join(",", types) + "]) { notAddedCount } }", "BAD_REQUEST");
	}

	private void expectError(String document, String code) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

	private static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP = new org.springframework.core.ParameterizedTypeReference<>() {
	};

	private Map<String, Object> amounts(Map<String, Object> variables) {
		var request = this.graphQl.document(SUM);
		for (Map.Entry<String, Object> entry : variables.entrySet()) {
			request = request.variable(entry.getKey(), entry.getValue());
		}
		return request.execute().path("amounts").entity(MAP).get();
	}

	/** An amount of won as the seed writes it, in won, with its fact id and period. */
	record Money(String id, String entity, String key, BigDecimal won, boolean approximate, String period,
			String basis) {
	}

	/**
	 * The money facts of some entities whose key passes a test, as the seed holds them.
	 */
	private List<Money> money(Set<String> entityIds, Predicate<String> key) {
		List<Money> money = new ArrayList<>();
		this.seed.entities().stream().filter((e) -> entityIds.contains(e.id())).forEach((e) -> {
			Map<String, Integer> seen = new HashMap<>();
			for (Seed.Fact fact : e.facts()) {
				int n = seen.merge(fact.key(), 1, Integer::sum);
				BigDecimal perUnit = (fact.unit() != null) ? WON_PER_UNIT.get(fact.unit()) : null;
				if (perUnit == null || !key.test(fact.key())) {
					continue;
				}
				String period = (fact.date() != null) ? fact.date() : (fact.from() != null || fact.to() != null)
						? Objects.toString(fact.from(), "..") + "/" + Objects.toString(fact.to(), "..") : null;
				money.add(new Money(StoredRecords.factId(e.id(), fact.key(), n), e.id(), fact.key(),
						new BigDecimal(fact.value().toString()).multiply(perUnit),
						Boolean.TRUE.equals(fact.approximate()), period,
						(fact.basis() != null) ? fact.basis() : "STATED"));
			}
		});
		return money;
	}

	/** The entities PART_OF {@code whole}, directly or through parts of parts. */
	private Set<String> partsOf(String whole) {
		Set<String> parts = new HashSet<>();
		List<String> frontier = new ArrayList<>(List.of(whole));
		while (!frontier.isEmpty()) {
			List<String> next = new ArrayList<>();
			for (Seed.Relationship r : this.seed.relationships()) {
				if (r.type().equals("PART_OF") && frontier.contains(r.to()) && parts.add(r.from())) {
					next.add(r.from());
				}
			}
			frontier = next;
		}
		return parts;
	}

	private static BigDecimal sum(List<Money> money) {
		return money.stream().map(Money::won).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static List<String> ids(List<Money> money) {
		return money.stream().map(Money::id).toList();
	}

	private static BigDecimal won(Map<String, Object> sum) {
		return new BigDecimal(sum.get("won").toString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> buckets(Map<String, Object> amounts) {
		return (List<Map<String, Object>>) amounts.get("buckets");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> notAdded(Map<String, Object> amounts) {
		return (List<Map<String, Object>>) amounts.get("notAdded");
	}

}
