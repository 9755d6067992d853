package org.innograph.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements read entities and relationships for the API through
 * {@link Entity#projection} and {@link Relationship#projection}, not {@code {.*}}: the
 * projections must name every stored property the mapping reads, or a field would
 * silently answer null. The mapping is run on a stored record with every property set,
 * and the keys it asks for are recorded.
 */
class ProjectionsTests {

	/** A map that records the keys asked of it. */
	static final class Recording extends HashMap<String, Object> {

		final Set<String> asked = new TreeSet<>();

		Recording(Map<String, Object> values) {
			super(values);
		}

		@Override
		public Object get(Object key) {
			this.asked.add((String) key);
			return super.get(key);
		}

	}

	private static Map<String, Object> storedEntity() {
		Map<String, Object> node = new HashMap<>();
		node.put("id", "org:kari");
		node.put("kind", "Organization");
		node.put("type", "research_institute");
		node.put("nameKo", "한국항공우주연구원");
		node.put("nameEn", "Korea Aerospace Research Institute");
		node.put("acronyms", List.of("KARI"));
		node.put("aliases", List.of("항우연"));
		node.put("code", "K-1");
		node.put("descriptionKo", "설명");
		node.put("descriptionEn", "description");
		for (String date : List.of("date", "validFrom", "validTo")) {
			node.put(date, LocalDate.of(2023, 5, 1));
			node.put(date + "Precision", "MONTH");
		}
		node.put("status", "active");
		node.put("note", "a note");
		// What search and editing keep on the node, which the API does not show.
		node.put("searchText", "한국항공우주연구원 korea aerospace research institute kari 항우연");
		node.put("names", List.of("한국항공우주연구원", "kari"));
		node.put("nameWords", "한국 항공 우주 연구원");
		node.put("version", 3L);
		node.put("origin", "seed");
		return node;
	}

	@Test
	void theEntityProjectionNamesWhatTheMappingReads() {
		Recording node = new Recording(storedEntity());
		Entity entity = Entity.of(node);
		assertThat(new TreeSet<>(Entity.PROPERTIES)).isEqualTo(node.asked);
		// The fixture is whole: every field the record has came out set.
		assertThat(entity.code()).isEqualTo("K-1");
		assertThat(entity.validTo()).hasToString("2023-05");
		assertThat(Entity.projection("n")).startsWith("n {.id, .kind, ").endsWith(", .note}");
	}

	@Test
	void theRelationshipProjectionNamesWhatTheMappingReads() {
		Map<String, Object> stored = new HashMap<>();
		stored.put("id", "rel:org:kari>PARTY_TO>agreement:mou");
		stored.put("role", "lead");
		stored.put("roleLabelKo", "주관기관");
		stored.put("roleLabelEn", "lead");
		stored.put("status", "active");
		for (String date : List.of("validFrom", "validTo", "statedOn")) {
			stored.put(date, LocalDate.of(2023, 10, 19));
			stored.put(date + "Precision", "DAY");
		}
		stored.put("amountValue", 270.0);
		stored.put("amountUnit", "억 원");
		stored.put("amountWon", 2.7e10);
		stored.put("amountApproximate", true);
		stored.put("note", "a note");
		stored.put("basis", "PLANNED");
		stored.put("retired", false);
		stored.put("version", 2L);
		Recording rel = new Recording(stored);
		Map<String, Object> row = Map.of("rel", rel, "type", "PARTY_TO", "from", storedEntity(), "to", storedEntity());
		Relationship relationship = Relationship.of(row);
		assertThat(new TreeSet<>(Relationship.PROPERTIES)).isEqualTo(rel.asked);
		assertThat(relationship.amount().approximate()).isTrue();
		assertThat(relationship.statedOn()).hasToString("2023-10-19");
	}

	@Test
	void aPageItemPutsTheOwnerAtTheEndTheLinkSays() {
		Entity owner = Entity.of(storedEntity());
		Map<String, Object> other = new HashMap<>(storedEntity());
		other.put("id", "agreement:mou");
		other.put("kind", "Agreement");
		Map<String, Object> rel = Map.of("id", "rel:1");
		Relationship outgoing = Relationship
			.onPage(Map.of("rel", rel, "type", "PARTY_TO", "outgoing", true, "other", other), owner);
		Relationship incoming = Relationship
			.onPage(Map.of("rel", rel, "type", "PARTY_TO", "outgoing", false, "other", other), owner);
		assertThat(List.of(outgoing.from().id(), outgoing.to().id())).containsExactly("org:kari", "agreement:mou");
		assertThat(List.of(incoming.from().id(), incoming.to().id())).containsExactly("agreement:mou", "org:kari");
	}

}
