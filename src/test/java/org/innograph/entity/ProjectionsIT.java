package org.innograph.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.innograph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity's neighbours and links, read through the projections of what the API shows
 * ({@link Entity#projection}, {@link Relationship#projection}), with the entity's own
 * properties sent once per page, answer every field as the relationship read by id does
 * (a statement that reads all stored properties of the link and both its ends). Entities
 * of the seed with codes, descriptions, dates, statuses, notes and roles around them are
 * compared field by field.
 */
@IntegrationTest
class ProjectionsIT {

	/** Every field of a partial date. */
	private static final String DATE = "text precision start end";

	private static final String ENTITY_FIELDS = """
			id key kind type name { ko en } acronyms aliases code description { ko en } date { %1$s } validFrom { %1$s }
			validTo { %1$s } status note""".formatted(DATE);

	private static final String RELATIONSHIP_FIELDS = """
			id type symmetric role roleLabel { ko en } status validFrom { %1$s } validTo { %1$s }
			amount { value unit won approximate } note basis statedOn { %1$s } from { %2$s } to { %2$s }"""
		.formatted(DATE, ENTITY_FIELDS);

	private static final List<String> KEYS = List.of("region:daejeon",
			"program:industrial-complex-super-regional-councils", "agreement:daejeon-space-mou-2023",
			"plan:daejeon-st-master-plan-2023-2027");

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	@SuppressWarnings("unchecked")
	void neighboursAndLinksAnswerAsTheLinkReadById() {
		Set<String> seen = new HashSet<>();
		int compared = 0;
		for (String key : KEYS) {
			Map<String, Object> entity = this.graphQl.document("""
					query($key: String!) { entity(key: $key) { %s
					  neighbors(first: 50) { edges { direction node { %s } relationship { %s } } } } }
					""".formatted(ENTITY_FIELDS, ENTITY_FIELDS, RELATIONSHIP_FIELDS))
				.variable("key", key)
				.execute()
				.path("entity")
				.entity(Map.class)
				.get();
			List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) entity
				.get("neighbors")).get("edges");
			assertThat(edges).as("neighbours of %s", key).isNotEmpty();
			List<String> ids = new ArrayList<>();
			edges.forEach((edge) -> ids.add((String) ((Map<String, Object>) edge.get("relationship")).get("id")));
			List<Map<String, Object>> byId = this.graphQl.document("""
					query($ids: [ID!]!) { nodes(ids: $ids) { ... on Relationship { %s } } }
					""".formatted(RELATIONSHIP_FIELDS))
				.variable("ids", ids)
				.execute()
				.path("nodes")
				.entity(List.class)
				.get();
			for (int i = 0; i < edges.size(); i++) {
				Map<String, Object> edge = edges.get(i);
				Map<String, Object> reference = byId.get(i);
				assertThat(edge.get("relationship")).as("link %s", ids.get(i)).isEqualTo(reference);
				boolean outgoing = "OUTGOING".equals(edge.get("direction"));
				assertThat(edge.get("node")).as("other end of %s", ids.get(i))
					.isEqualTo(reference.get(outgoing ? "to" : "from"));
				Map<String, Object> owner = (Map<String, Object>) reference.get(outgoing ? "from" : "to");
				Map<String, Object> itself = new LinkedHashMap<>(entity);
				itself.remove("neighbors");
				assertThat(itself).as("%s itself", key).isEqualTo(owner);
				collectSet(seen, reference);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(40);
		// The comparison covered the fields that are often empty.
		assertThat(seen).contains("entity.code", "entity.description", "entity.date", "entity.validFrom",
				"entity.status", "entity.note", "entity.acronyms", "entity.aliases", "link.role", "link.roleLabel",
				"link.status", "link.validFrom", "link.note", "link.statedOn");
	}

	/** Which fields of the link and its ends held a value. */
	@SuppressWarnings("unchecked")
	private static void collectSet(Set<String> seen, Map<String, Object> link) {
		link.forEach((field, value) -> {
			if (!field.equals("from") && !field.equals("to") && isSet(value)) {
				seen.add("link." + field);
			}
		});
		for (String end : List.of("from", "to")) {
			((Map<String, Object>) link.get(end)).forEach((field, value) -> {
				if (isSet(value)) {
					seen.add("entity." + field);
				}
			});
		}
	}

	private static boolean isSet(Object value) {
		return Objects.nonNull(value) && !((value instanceof List<?> list) && list.isEmpty());
	}

}
