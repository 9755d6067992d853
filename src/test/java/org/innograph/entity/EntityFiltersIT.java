package org.innograph.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.innograph.graph.EntityKind;
import org.innograph.seed.Seed;
import org.innograph.support.IntegrationTest;
import org.innograph.support.SeedOnDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters, counts and sorting of entity lists on the seed. Every expected set and number
 * is worked out here from the seed files as read (the {@link Seed}), never by the
 * statements under test: councils by sector and member region, councils per lead region,
 * complexes that lead two councils, sub-tasks per owning department, the 25 MOTIE
 * councils in code order.
 */
@IntegrationTest
class EntityFiltersIT {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final String MOTIE_COUNCILS = "program:industrial-complex-super-regional-councils";

	private static final String ENTITY_IDS = """
			query ($kinds: [EntityKind!], $types: [String!], $region: ID, $relation: RegionRelation, $sector: ID,
			       $memberOf: ID, $partOf: ID, $role: MembershipRole, $source: ID, $orderBy: EntityOrder,
			       $direction: OrderDirection) {
			  entities(kinds: $kinds, types: $types, region: $region, regionRelation: $relation, sector: $sector,
			           memberOf: $memberOf, partOf: $partOf, role: $role, source: $source, orderBy: $orderBy,
			           direction: $direction, first: 100) {
			    totalCount nodes { id }
			  }
			}""";

	private static final String COUNTS = """
			query ($groupBy: CountGroup!, $kinds: [EntityKind!], $types: [String!], $relation: RegionRelation,
			       $role: MembershipRole) {
			  counts(groupBy: $groupBy, kinds: $kinds, types: $types, regionRelation: $relation, role: $role) {
			    total buckets { key count label { ko en } entity { id kind } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	final Seed seed = SeedOnDisk.seed();

	final Map<String, Seed.Entity> entities = SeedOnDisk.entitiesById();

	@Test
	void councilsOfASectorByMemberRegionAreTheOnesItsMembersTieToTheRegion() {
		Set<String> expected = councils((c) -> linked(c, "FOCUSES_ON", "sector:003-advanced-manufacturing")
				&& memberRegions(c, null).contains("region:gwangju"));
		// Document 003's table: No.15 (Gwangju linked) and No.18 (Gwangju leads).
		assertThat(expected).hasSize(2);

		Map<String, Object> variables = new HashMap<>();
		variables.put("kinds", List.of("COUNCIL"));
		variables.put("sector", "sector:003-advanced-manufacturing");
		variables.put("region", "region:gwangju");
		variables.put("relation", "MEMBER_REGION");
		assertThat(ids(variables)).containsExactlyInAnyOrderElementsOf(expected);

		// Located in: a council is located nowhere, and the default relation says so
		// rather than guessing.
		variables.put("relation", null);
		assertThat(ids(variables)).isEmpty();
		variables.put("relation", "ANY");
		assertThat(ids(variables)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void councilsLedFromARegion() {
		Set<String> expected = councils((c) -> memberRegions(c, "lead").contains("region:gwangju"));
		assertThat(expected).isNotEmpty();
		Map<String, Object> variables = new HashMap<>();
		variables.put("kinds", List.of("COUNCIL"));
		variables.put("region", "region:gwangju");
		variables.put("relation", "MEMBER_REGION");
		variables.put("role", "LEAD");
		assertThat(ids(variables)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void councilsPerLeadRegion() {
		Map<String, Long> expected = new HashMap<>();
		councils((c) -> true).forEach((c) -> memberRegions(c, "lead").forEach((r) -> expected.merge(r, 1L, Long::sum)));
		assertThat(expected).isNotEmpty();

		Map<String, Long> counted = buckets(count("REGION", List.of("COUNCIL"), null, "MEMBER_REGION", "LEAD"));
		Map<String, Long> withoutNone = new HashMap<>(counted);
		withoutNone.remove(null);
		assertThat(withoutNone).isEqualTo(expected);
		// The role alone keeps councils with a lead membership; those among them without
		// a lead region count
		// under no key.
		long unled = councils((c) -> leadMembership(c) && memberRegions(c, "lead").isEmpty()).size();
		assertThat(counted.getOrDefault(null, 0L)).isEqualTo(unled);
	}

	@Test
	void complexesLeadingTwoCouncils() {
		Map<String, Long> leads = new HashMap<>();
		this.seed.relationships()
			.stream()
			.filter((r) -> r.type().equals("MEMBER_OF") && "lead".equals(r.role()))
			.filter((r) -> kindOf(r.from()).equals("IndustrialComplex") && kindOf(r.to()).equals("Council"))
			.forEach((r) -> leads.merge(r.from(), 1L, Long::sum));
		Set<String> expected = leads.entrySet()
			.stream()
			.filter((e) -> e.getValue() == 2)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(expected).hasSize(6);

		List<Map<String, Object>> buckets = count("MEMBER", List.of("COUNCIL"), null, null, "LEAD");
		Set<String> counted = buckets.stream()
			.filter((b) -> ((Number) b.get("count")).longValue() == 2)
			.filter((b) -> b.get("entity") != null && "INDUSTRIAL_COMPLEX".equals(entity(b).get("kind")))
			.map((b) -> (String) b.get("key"))
			.collect(Collectors.toSet());
		assertThat(counted).isEqualTo(expected);
		// A bucket names its entity in both languages.
		assertThat(buckets).allSatisfy((b) -> {
			if (b.get("key") != null) {
				assertThat(b.get("label")).isNotNull();
			}
		});
	}

	/**
	 * A grouping by one kind of link over every entity is counted from those links
	 * (EntityReads.ListFilter#fromLinks), and over named kinds from each candidate: the
	 * same candidates (every kind named) must give the same buckets either way, with a
	 * role, a date (links and entities that held then) and a basis.
	 */
	@ParameterizedTest
	@CsvSource({ "SECTOR", "ROLE", "OWNER", "MEMBER", "PARENT" })
	void aGroupingByLinksCountsAlikeFromTheLinksAndFromTheCandidates(String groupBy) {
		List<String> everyKind = Arrays.stream(EntityKind.values()).map(EntityKind::apiName).toList();
		for (String arguments : List.of("", ", role: LEAD", ", asOf: \"2019\"", ", basis: STATED",
				", types: [\"sub-task\", \"council\"]")) {
			String document = "query ($kinds: [EntityKind!]) { counts(groupBy: %s, kinds: $kinds%s) ".formatted(groupBy,
					arguments) + "{ total bucketCount buckets { key count } } }";
			Map<String, Object> fromLinks = this.graphQl.document(document)
				.variable("kinds", null)
				.execute()
				.path("counts")
				.entity(MAP)
				.get();
			Map<String, Object> fromCandidates = this.graphQl.document(document)
				.variable("kinds", everyKind)
				.execute()
				.path("counts")
				.entity(MAP)
				.get();
			assertThat(fromLinks).as(groupBy + arguments).isEqualTo(fromCandidates);
			if (arguments.isEmpty()) {
				// Something to compare: keys beside the bucket of the entities without.
				assertThat(maps(fromLinks.get("buckets"))).as(groupBy)
					.filteredOn((b) -> b.get("key") != null)
					.isNotEmpty();
			}
		}
	}

	@Test
	void subTasksPerOwningDepartment() {
		Map<String, Long> expected = subTaskOwners();
		assertThat(expected).isNotEmpty();

		Map<String, Long> counted = buckets(count("OWNER", null, List.of("sub-task"), null, null));
		assertThat(counted).isEqualTo(expected);
	}

	/**
	 * The buckets come in pages, most first, then by key (the entities without one last
	 * of their count); walked by their cursors, the pages hold every bucket once and
	 * nothing else.
	 */
	@Test
	void bucketsComePageByPageInTheirOrder() {
		Map<String, Long> expected = subTaskOwners();
		assertThat(expected).hasSizeGreaterThan(6);
		List<Map.Entry<String, Long>> order = expected.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue()
				.reversed()
				.thenComparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();

		List<Map.Entry<String, Long>> walked = new ArrayList<>();
		String after = null;
		for (int page = 0; page <= expected.size(); page++) {
			Map<String, Object> counts = this.graphQl.document("""
					query ($after: String) {
					  counts(groupBy: OWNER, types: ["sub-task"], first: 3, after: $after) {
					    bucketCount buckets { key count } pageInfo { hasNextPage hasPreviousPage endCursor }
					  }
					}""").variable("after", after).execute().path("counts").entity(MAP).get();
			assertThat(((Number) counts.get("bucketCount")).longValue()).isEqualTo(expected.size());
			List<Map<String, Object>> buckets = maps(counts.get("buckets"));
			assertThat(buckets).hasSizeBetween(1, 3);
			buckets.forEach((b) -> walked
				.add(Map.entry(Objects.toString(b.get("key"), "(none)"), ((Number) b.get("count")).longValue())));
			@SuppressWarnings("unchecked")
			Map<String, Object> pageInfo = (Map<String, Object>) counts.get("pageInfo");
			assertThat(pageInfo.get("hasPreviousPage")).isEqualTo(after != null);
			after = (String) pageInfo.get("endCursor");
			if (!(Boolean) pageInfo.get("hasNextPage")) {
				break;
			}
		}
		assertThat(walked).containsExactlyElementsOf(
				order.stream().map((e) -> Map.entry(Objects.toString(e.getKey(), "(none)"), e.getValue())).toList());
	}

	@Test
	void aBucketCursorContinuesOnlyItsOwnGroupingAndAPageIsBounded() {
		String cursor = this.graphQl
			.document("{ counts(groupBy: OWNER, types: [\"sub-task\"], first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("counts.pageInfo.endCursor")
			.entity(String.class)
			.get();
		for (String other : List.of("counts(groupBy: OWNER, types: [\"task\"], after: \"%s\")",
				"counts(groupBy: TYPE, types: [\"sub-task\"], after: \"%s\")",
				"entities(types: [\"sub-task\"], after: \"%s\")")) {
			this.graphQl.document("{ " + other.formatted(cursor) + " { __typename } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
					assertThat(error.getMessage()).contains("cursor of another list");
				}));
		}
		// No bucket asked: refused by the field. A page past the largest the document
		// check allows is refused before anything runs, priced as that many buckets.
		this.graphQl.document("{ counts(groupBy: KIND, first: 0) { total } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).contains("'first' must be between 1 and ", "was 0");
			}));
		this.graphQl.document("{ counts(groupBy: KIND, first: 1000000) { total } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")));
	}

	/**
	 * {@code first: null} asks for the default page the schema shows (100 buckets), as
	 * leaving {@code first} out does; GraphQL fills a default in only for the latter.
	 */
	@Test
	void aNullFirstGivesTheDefaultPageOfBuckets() {
		for (String counts : List.of("counts(groupBy: TYPE)", "counts(groupBy: TYPE, first: null)")) {
			Map<String, Object> answer = this.graphQl.document("{ " + counts + " { bucketCount buckets { key } } }")
				.execute()
				.path("counts")
				.entity(MAP)
				.get();
			long bucketCount = ((Number) answer.get("bucketCount")).longValue();
			assertThat(bucketCount).as("the seed's entity types, more than the shared default page of 20")
				.isGreaterThan(20);
			assertThat(maps(answer.get("buckets"))).as(counts).hasSize((int) Math.min(100, bucketCount));
		}
	}

	/**
	 * Sub-tasks per owning department, from the seed: the owner's id, or null for the
	 * sub-tasks without one.
	 */
	private Map<String, Long> subTaskOwners() {
		Set<String> subTasks = this.seed.entities()
			.stream()
			.filter((e) -> "sub-task".equals(e.type()))
			.map(Seed.Entity::id)
			.collect(Collectors.toSet());
		Map<String, Long> expected = new HashMap<>();
		Set<String> owned = new HashSet<>();
		this.seed.relationships()
			.stream()
			.filter((r) -> r.type().equals("RESPONSIBLE_FOR") && subTasks.contains(r.to()))
			.map((r) -> List.of(r.from(), r.to()))
			.distinct()
			.forEach((pair) -> {
				expected.merge(pair.get(0), 1L, Long::sum);
				owned.add(pair.get(1));
			});
		if (subTasks.size() > owned.size()) {
			expected.put(null, (long) (subTasks.size() - owned.size()));
		}
		return expected;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return (List<Map<String, Object>>) list;
	}

	@Test
	void countsByKindAddUpToTheSeed() {
		List<String> kinds = List.of("AGREEMENT", "COUNCIL", "INDUSTRIAL_COMPLEX", "PLAN_ITEM");
		Map<String, Long> expected = this.seed.entities()
			.stream()
			.filter((e) -> kinds.contains(apiKind(e.kind())))
			.collect(Collectors.groupingBy((e) -> apiKind(e.kind()), Collectors.counting()));
		assertThat(buckets(count("KIND", kinds, null, null, null))).isEqualTo(expected);
	}

	@Test
	void theTwentyFiveMotieCouncilsAloneInCodeOrder() {
		List<String> expected = this.seed.relationships()
			.stream()
			.filter((r) -> r.type().equals("PART_OF") && r.to().equals(MOTIE_COUNCILS))
			.map((r) -> this.entities.get(r.from()))
			.filter((e) -> e.kind().equals("Council"))
			.sorted(Comparator.comparingInt((Seed.Entity e) -> Integer.parseInt(e.code())))
			.map(Seed.Entity::id)
			.toList();
		assertThat(expected).hasSize(25);

		Map<String, Object> variables = new HashMap<>();
		variables.put("kinds", List.of("COUNCIL"));
		variables.put("partOf", MOTIE_COUNCILS);
		variables.put("orderBy", "CODE");
		assertThat(ids(variables)).containsExactlyElementsOf(expected);
		variables.put("direction", "DESC");
		List<String> reversed = new ArrayList<>(expected);
		Collections.reverse(reversed);
		assertThat(ids(variables)).containsExactlyElementsOf(reversed);
	}

	@Test
	void subTasksInNaturalCodeOrder() {
		// Compared part by part as numbers here, independently of the statement's own way
		// of doing it.
		Comparator<Seed.Entity> natural = Comparator.comparing((Seed.Entity e) -> numbers(e.code()),
				EntityFiltersIT::compare);
		List<String> expected = this.seed.entities()
			.stream()
			.filter((e) -> "action".equals(e.type()))
			.sorted(natural.thenComparing(Seed.Entity::id))
			.map(Seed.Entity::id)
			.limit(100)
			.toList();
		assertThat(expected).hasSizeGreaterThan(20);
		Map<String, Object> variables = new HashMap<>();
		variables.put("types", List.of("action"));
		variables.put("orderBy", "CODE");
		assertThat(ids(variables)).containsExactlyElementsOf(expected);
	}

	@Test
	void plansItemsByTheirLargestAmount() {
		// Money facts in won, worked out from the seed's units here: 억 원 is 10^8, 조 원
		// 10^12.
		Map<String, Double> largest = new HashMap<>();
		this.seed.entities()
			.stream()
			.filter((e) -> e.kind().equals("PlanItem"))
			.forEach((e) -> e.facts().forEach((f) -> {
				double scale = "억 원".equals(f.unit()) ? 1e8 : "조 원".equals(f.unit()) ? 1e12 : 0;
				if (scale > 0 && f.value() instanceof Number number) {
					largest.merge(e.id(), number.doubleValue() * scale, Math::max);
				}
			}));
		List<String> expected = largest.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue()
				.reversed()
				.thenComparing((entry) -> this.entities.get(entry.getKey()).name().ko())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(expected).hasSizeGreaterThan(3);
		Map<String, Object> variables = new HashMap<>();
		variables.put("kinds", List.of("PLAN_ITEM"));
		variables.put("orderBy", "AMOUNT");
		// Items with an amount first, largest first; the rest after them.
		assertThat(ids(variables).subList(0, expected.size())).containsExactlyElementsOf(expected);
	}

	@Test
	void statusAndBasisCombineWithTheOtherFilters() {
		String council = "council:003-15-advanced-manufacturing-dx";
		Set<String> stated = this.seed.relationships()
			.stream()
			.filter((r) -> r.type().equals("MEMBER_OF") && r.to().equals(council))
			.filter((r) -> r.basis() == null || r.basis().equals("STATED"))
			.map(Seed.Relationship::from)
			.collect(Collectors.toSet());
		assertThat(stated).isNotEmpty();
		List<String> members = this.graphQl.document("""
				{ entities(memberOf: "council:003-15-advanced-manufacturing-dx", basis: STATED, first: 100) {
				    nodes { id } } }""").execute().path("entities.nodes[*].id").entityList(String.class).get();
		assertThat(members).containsExactlyInAnyOrderElementsOf(stated);

		long planned = this.seed.entities()
			.stream()
			.filter((e) -> "sub-task".equals(e.type()) && "PLANNED".equals(e.status()))
			.count();
		Long counted = this.graphQl.document("{ entities(types: [\"sub-task\"], status: PLANNED) { totalCount } }")
			.execute()
			.path("entities.totalCount")
			.entity(Long.class)
			.get();
		assertThat(counted).isEqualTo(planned);
	}

	@Test
	void theSourceFilterListsWhatADocumentStates() {
		Set<String> expected = this.seed.entities()
			.stream()
			.filter((e) -> e.kind().equals("Council"))
			.filter((e) -> e.evidence().stream().anyMatch((ev) -> ev.source().equals("doc:003")))
			.map(Seed.Entity::id)
			.collect(Collectors.toSet());
		assertThat(expected).hasSizeGreaterThanOrEqualTo(25);
		Map<String, Object> variables = new HashMap<>();
		variables.put("kinds", List.of("COUNCIL"));
		variables.put("source", "doc:003");
		assertThat(ids(variables)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@CsvSource({ "region, region:atlantis", "region, org:kaist", "sector, sector:nothing", "memberOf, council:none",
			"partOf, item:9-9-9", "source, doc:999" })
	void anUnknownIdInAFilterIsNotFoundNamingTheArgument(String argument, String id) {
		for (String field : List.of("entities(%s: \"%s\") { totalCount }",
				"counts(groupBy: KIND, %s: \"%s\") { total }")) {
			this.graphQl.document("{ " + field.formatted(argument, id) + " }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
						.containsEntry("argument", argument);
					assertThat(error.getMessage()).contains("'" + id + "'").contains("argument '" + argument + "'");
				}));
		}
	}

	@Test
	void aFilterListIsBounded() {
		List<String> codes = IntStream.rangeClosed(1, EntityFilters.MAX_VALUES + 1)
			.mapToObj(Integer::toString)
			.toList();
		this.graphQl.document("query ($codes: [String!]) { entities(codes: $codes) { totalCount } }")
			.variable("codes", codes)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(error.getMessage()).contains("'codes'");
			}));
		Long counted = this.graphQl.document("query ($codes: [String!]) { entities(codes: $codes) { totalCount } }")
			.variable("codes", codes.subList(0, EntityFilters.MAX_VALUES))
			.execute()
			.path("entities.totalCount")
			.entity(Long.class)
			.get();
		long expected = this.seed.entities().stream().filter((e) -> codes.subList(0, 100).contains(e.code())).count();
		assertThat(counted).isEqualTo(expected);
	}

	private List<String> ids(Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.document(ENTITY_IDS);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		GraphQlTester.Response response = request.execute();
		List<String> ids = response.path("entities.nodes[*].id").entityList(String.class).get();
		long total = response.path("entities.totalCount").entity(Long.class).get();
		if (ids.size() < 100) {
			assertThat(total).isEqualTo(ids.size());
		}
		else {
			assertThat(total).isGreaterThanOrEqualTo(ids.size());
		}
		return ids;
	}

	private List<Map<String, Object>> count(String groupBy, List<String> kinds, List<String> types, String relation,
			String role) {
		return this.graphQl.document(COUNTS)
			.variable("groupBy", groupBy)
			.variable("kinds", kinds)
			.variable("types", types)
			.variable("relation", relation)
			.variable("role", role)
			.execute()
			.path("counts.buckets")
			.entityList(MAP)
			.get();
	}

	private static Map<String, Long> buckets(List<Map<String, Object>> buckets) {
		Map<String, Long> counted = new HashMap<>();
		buckets.forEach((b) -> counted.put((String) b.get("key"), ((Number) b.get("count")).longValue()));
		assertThat(counted).hasSameSizeAs(buckets);
		return counted;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> entity(Map<String, Object> bucket) {
		return (Map<String, Object>) bucket.get("entity");
	}

	private Set<String> councils(Predicate<String> test) {
		return this.seed.entities()
			.stream()
			.filter((e) -> e.kind().equals("Council"))
			.map(Seed.Entity::id)
			.filter(test)
			.collect(Collectors.toSet());
	}

	/**
	 * A council's regions through its memberships, as the seed writes them: regions that
	 * are members, and the regions its member complexes are located in; {@code roleStart}
	 * keeps memberships whose role starts with it (lead, lead-region), null keeps all.
	 */
	private Set<String> memberRegions(String council, String roleStart) {
		Set<String> regions = new HashSet<>();
		this.seed.relationships()
			.stream()
			.filter((r) -> r.type().equals("MEMBER_OF") && r.to().equals(council))
			.filter((r) -> roleStart == null || (r.role() != null && r.role().startsWith(roleStart)))
			.forEach((r) -> {
				if (kindOf(r.from()).equals("Region")) {
					regions.add(r.from());
				}
				this.seed.relationships()
					.stream()
					.filter((l) -> l.type().equals("LOCATED_IN") && l.from().equals(r.from()))
					.filter((l) -> kindOf(l.to()).equals("Region"))
					.forEach((l) -> regions.add(l.to()));
			});
		return regions;
	}

	private boolean leadMembership(String id) {
		return this.seed.relationships()
			.stream()
			.anyMatch((r) -> r.type().equals("MEMBER_OF") && (r.from().equals(id) || r.to().equals(id))
					&& r.role() != null && r.role().startsWith("lead"));
	}

	private boolean linked(String from, String type, String to) {
		return this.seed.relationships()
			.stream()
			.anyMatch((r) -> r.type().equals(type) && r.from().equals(from) && r.to().equals(to));
	}

	private String kindOf(String id) {
		Seed.Entity entity = this.entities.get(id);
		return (entity != null) ? entity.kind() : "";
	}

	private static String apiKind(String seedKind) {
		return seedKind.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

	private static List<Integer> numbers(String code) {
		List<Integer> numbers = new ArrayList<>();
		for (String part : code.split("\\D+")) {
			if (!part.isEmpty()) {
				numbers.add(Integer.parseInt(part));
			}
		}
		return numbers;
	}

	private static int compare(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
