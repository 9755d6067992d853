package org.innograph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.innograph.seed.Seed;
import org.innograph.support.IntegrationTest;
import org.innograph.support.SeedOnDisk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time line lists dated things, not edges: each once, with the entities it involves.
 * What is expected is worked out here from the YAML in graph-seed/, by rules written for
 * the test, not by the service.
 */
@IntegrationTest
class TimelineEventsIT {

	private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

	private static final String ITEM = """
			date { text start end precision } kind label { ko en }
			entity { id kind } relationship { id } fact { id key }
			involved { entity { id } role relationship { id type } }
			""";

	static final Seed seed = SeedOnDisk.seed();

	static final Map<String, Seed.Entity> entities = SeedOnDisk.entitiesById();

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void agreementsEventsLawsAndDesignationsOf2021To2025AreEachListedOnceInDateOrder() {
		Set<String> kinds = Set.of("Agreement", "Event", "Law", "Cluster");
		Set<String> expected = datedThings(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), kinds);
		assertThat(expected).as("the seed has dated agreements, events, laws and designations in 2021-2025")
			.contains("agreement:daejeon-space-mou-2023", "law:daejeon-space-industry-ordinance",
					"cluster:daejeon-space-rd-talent");

		List<Map<String, Object>> items = items(
				"timeline(from: \"2021-01-01\", to: \"2025-12-31\", kinds: [AGREEMENT, EVENT, LAW, CLUSTER], first: 100)");
		// Other tests of the shared database add records of their own: the seed's items
		// are compared.
		List<String> keys = items.stream().filter(TimelineEventsIT::ofTheSeed).map(TimelineEventsIT::key).toList();
		assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(items.stream().map((item) -> LocalDate.parse(date(item, "start"))).toList()).isSorted();
		assertThat(items).allSatisfy((item) -> assertThat(((Map<?, ?>) item.get("entity")).get("kind"))
			.isIn("AGREEMENT", "EVENT", "LAW", "CLUSTER"));

		// The MOU once, with its parties (and their role) and signatories as its
		// involvement.
		Map<String, Object> mou = items.stream()
			.filter((item) -> key(item).equals("agreement:daejeon-space-mou-2023"))
			.findFirst()
			.orElseThrow();
		Set<String> parties = seed.relationships()
			.stream()
			.filter((r) -> r.to().equals("agreement:daejeon-space-mou-2023") && r.type().equals("PARTY_TO"))
			.map(Seed.Relationship::from)
			.collect(Collectors.toSet());
		Set<String> signatories = seed.relationships()
			.stream()
			.filter((r) -> r.to().equals("agreement:daejeon-space-mou-2023") && r.type().equals("SIGNED"))
			.map(Seed.Relationship::from)
			.collect(Collectors.toSet());
		assertThat(parties).hasSize(6);
		List<Map<String, Object>> involved = involved(mou);
		assertThat(involved.stream()
			.filter((party) -> "party".equals(party.get("role")))
			.map((party) -> entityOf(party, "entity"))
			.toList()).containsExactlyInAnyOrderElementsOf(parties);
		assertThat(involved.stream().map((party) -> entityOf(party, "entity")).toList()).containsAll(signatories)
			.doesNotHaveDuplicates();
	}

	@Test
	void theDaejeonSpaceClusterTimeLineHoldsItsDesignationOrdinanceBudgetMouAndThe2024Step() {
		String cluster = "cluster:daejeon-space-rd-talent";
		Seed.Entity zone = entities.get(cluster);
		// Found in the seed: what is linked to the zone, and the dated facts of its
		// builder and its part.
		String ordinance = linkedTo(cluster, "Law");
		String mou = linkedTo(cluster, "Agreement");
		String project = seed.relationships()
			.stream()
			.filter((r) -> r.to().equals(cluster) && r.type().equals("ESTABLISHES"))
			.map(Seed.Relationship::from)
			.filter((id) -> entities.get(id).kind().equals("Program"))
			.findFirst()
			.orElseThrow();
		Seed.Fact budget = entities.get(project)
			.facts()
			.stream()
			.filter((f) -> f.key().equals("budget") && f.date() != null)
			.findFirst()
			.orElseThrow();
		String centre = seed.relationships()
			.stream()
			.filter((r) -> r.to().equals(cluster) && r.type().equals("PART_OF"))
			.map(Seed.Relationship::from)
			.findFirst()
			.orElseThrow();
		Seed.Fact step = entities.get(centre)
			.facts()
			.stream()
			.filter((f) -> f.date() != null && f.date().startsWith("2024"))
			.findFirst()
			.orElseThrow();
		Set<String> designators = seed.relationships()
			.stream()
			.filter((r) -> r.to().equals(cluster) && r.type().equals("DESIGNATED_AS")
					&& zone.validFrom().equals(r.validFrom()))
			.map(Seed.Relationship::from)
			.collect(Collectors.toSet());
		assertThat(designators).isNotEmpty();

		List<Map<String, Object>> items = items("timeline(involving: \"" + cluster + "\", first: 100)");
		List<String> keys = items.stream().map(TimelineEventsIT::key).toList();
		assertThat(keys).doesNotHaveDuplicates()
			.contains(cluster, ordinance, mou, factKey(project, budget.key(), budget.date()),
					factKey(centre, step.key(), step.date()));
		assertThat(items.stream().map((item) -> LocalDate.parse(date(item, "start"))).toList()).isSorted();
		Map<String, Object> designation = items.stream()
			.filter((item) -> key(item).equals(cluster))
			.findFirst()
			.orElseThrow();
		assertThat(date(designation, "text")).isEqualTo(zone.validFrom());
		assertThat(involved(designation).stream().map((party) -> entityOf(party, "entity")).toList())
			.containsAll(designators);
		// The designation links are the zone's involvement, not items of their own.
		assertThat(items).noneMatch((item) -> "RELATIONSHIP".equals(item.get("kind"))
				&& entityOf(item, "relationship").contains(">DESIGNATED_AS>" + cluster));
	}

	@Test
	void anUnknownInvolvingIdIsNotFoundNamingTheArgument() {
		this.graphQl.document("{ timeline(involving: \"cluster:atlantis\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
					.containsEntry("argument", "involving");
				assertThat(error.getMessage()).contains("'cluster:atlantis'");
			}));
	}

	@Test
	void englishLabelsHoldNoKoreanAndNoRawFactKeys() {
		int total = this.graphQl.document("{ timeline(first: 1) { totalCount } }")
			.execute()
			.path("timeline.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(total).isGreaterThan(100);
		List<Map<String, Object>> items = new ArrayList<>();
		String after = null;
		do {
			var response = this.graphQl
				.document("query($after: String) { timeline(first: 100, after: $after) { "
						+ "pageInfo { hasNextPage endCursor } nodes { " + ITEM + " } } }")
				.variable("after", after)
				.execute();
			items.addAll(response.path("timeline.nodes").entity(List.class).get());
			after = Boolean.TRUE.equals(response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get())
					? response.path("timeline.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(items).hasSize(total);
		assertThat(items).allSatisfy((item) -> {
			String en = label(item, "en");
			assertThat(HANGUL.matcher(en).find()).as("English label %s", en).isFalse();
			if ("FACT".equals(item.get("kind"))) {
				String key = (String) ((Map<?, ?>) item.get("fact")).get("key");
				if (!key.equals(key.toLowerCase())) {
					assertThat(en).as("a raw key in %s", en).doesNotContain(key);
				}
			}
		});
		// Every dated fact of the seed is on the time line, once.
		List<String> datedFacts = seed.entities()
			.stream()
			.flatMap((e) -> e.facts()
				.stream()
				.filter((f) -> f.date() != null)
				.map((f) -> factKey(e.id(), f.key(), f.date())))
			.toList();
		assertThat(datedFacts).hasSizeGreaterThan(50);
		assertThat(items.stream().filter((item) -> "FACT".equals(item.get("kind"))).map(TimelineEventsIT::key).toList())
			.doesNotHaveDuplicates()
			.containsAll(datedFacts);
	}

	/** The items of one query, all on one page, whose total is exact. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> items(String field) {
		var response = this.graphQl
			.document("{ " + field + " { totalCount pageInfo { hasNextPage } nodes { " + ITEM + " } } }")
			.execute();
		response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<Map<String, Object>> items = response.path("timeline.nodes").entity(List.class).get();
		int total = response.path("timeline.totalCount").entity(Integer.class).get();
		assertThat(total).isEqualTo(items.size());
		return items;
	}

	/** Whether an item is about seeded records (not ones another test wrote). */
	private static boolean ofTheSeed(Map<String, Object> item) {
		if ("RELATIONSHIP".equals(item.get("kind"))) {
			String id = entityOf(item, "relationship");
			return seed.relationships().stream().anyMatch((r) -> r.effectiveId().equals(id));
		}
		return entities.containsKey(entityOf(item, "entity"));
	}

	/**
	 * What the time line should hold for a period and seed kinds: dated entities; dated
	 * facts of entities; dated relationships whose ends are not dated the same (those are
	 * an entity's involvement); each by the kind of its subject (the entity, the fact's
	 * owner, the relationship's {@code from}).
	 */
	private static Set<String> datedThings(LocalDate from, LocalDate to, Set<String> kinds) {
		Set<String> things = new LinkedHashSet<>();
		for (Seed.Entity entity : seed.entities()) {
			String day = day(entity);
			if (day != null && kinds.contains(entity.kind()) && overlaps(day, from, to)) {
				things.add(entity.id());
			}
			for (Seed.Fact fact : entity.facts()) {
				if (fact.date() != null && kinds.contains(entity.kind()) && overlaps(fact.date(), from, to)) {
					things.add(factKey(entity.id(), fact.key(), fact.date()));
				}
			}
		}
		for (Seed.Relationship r : seed.relationships()) {
			boolean explained = r.validFrom() != null && (r.validFrom().equals(day(entities.get(r.from())))
					|| r.validFrom().equals(day(entities.get(r.to()))));
			if (r.validFrom() != null && !explained && kinds.contains(entities.get(r.from()).kind())
					&& overlaps(r.validFrom(), from, to)) {
				things.add(r.effectiveId());
			}
		}
		return things;
	}

	private static String day(Seed.Entity entity) {
		return (entity.date() != null) ? entity.date() : entity.validFrom();
	}

	/** Whether any day of a YYYY, YYYY-MM or YYYY-MM-DD date falls within the period. */
	private static boolean overlaps(String date, LocalDate from, LocalDate to) {
		String[] parts = date.split("-");
		LocalDate start = LocalDate.of(Integer.parseInt(parts[0]), (parts.length > 1) ? Integer.parseInt(parts[1]) : 1,
				(parts.length > 2) ? Integer.parseInt(parts[2]) : 1);
		LocalDate end = switch (parts.length) {
			case 1 -> start.withMonth(12).withDayOfMonth(31);
			case 2 -> start.plusMonths(1).minusDays(1);
			default -> start;
		};
		return !end.isBefore(from) && !start.isAfter(to);
	}

	/** The one entity of a seed kind linked to the entity, either way. */
	private static String linkedTo(String id, String kind) {
		Set<String> linked = new HashSet<>();
		for (Seed.Relationship r : seed.relationships()) {
			if (r.to().equals(id) && entities.get(r.from()).kind().equals(kind)) {
				linked.add(r.from());
			}
			if (r.from().equals(id) && entities.get(r.to()).kind().equals(kind)) {
				linked.add(r.to());
			}
		}
		assertThat(linked).as("%s linked to %s", kind, id).hasSize(1);
		return linked.iterator().next();
	}

	private static String factKey(String owner, String key, String date) {
		return owner + "#" + key + "@" + date;
	}

	/**
	 * An item as the test names things: an entity's id, a relationship's id,
	 * owner#key@date for a fact.
	 */
	private static String key(Map<String, Object> item) {
		return switch ((String) item.get("kind")) {
			case "RELATIONSHIP" -> entityOf(item, "relationship");
			case "FACT" -> factKey(entityOf(item, "entity"), (String) ((Map<?, ?>) item.get("fact")).get("key"),
					date(item, "text"));
			default -> entityOf(item, "entity");
		};
	}

	private static String entityOf(Map<String, Object> item, String field) {
		return (String) ((Map<?, ?>) item.get(field)).get("id");
	}

	private static String date(Map<String, Object> item, String field) {
		return (String) ((Map<?, ?>) item.get("date")).get(field);
	}

	private static String label(Map<String, Object> item, String language) {
		return (String) ((Map<?, ?>) item.get("label")).get(language);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> involved(Map<String, Object> item) {
		return (List<Map<String, Object>>) item.get("involved");
	}

}
