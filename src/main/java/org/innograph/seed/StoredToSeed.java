package org.innograph.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.PartialDate;
import org.innograph.storage.StoredGraph;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredGraph.EvidenceProps;
import org.innograph.storage.StoredGraph.FactProps;
import org.innograph.storage.StoredGraph.RelationshipProps;
import org.innograph.storage.StoredGraph.SourceProps;

/**
 * Stored properties turned back into seed records: the inverse of {@link SeedGraph},
 * field by field, in the order the seed's documentation lists them. Facts and quotes keep
 * the order the configured seed gives them ({@link SeedLayout}), so that repeated fact
 * keys keep their ids.
 */
final class StoredToSeed {

	private static final Pattern NUMBERED = Pattern.compile("^(.*)-(\\d+)$");

	/** Evidence by subject id, as read from the database. */
	private final Map<String, List<Map<String, Object>>> evidence;

	private final SeedLayout layout;

	StoredToSeed(Map<String, List<Map<String, Object>>> evidence, SeedLayout layout) {
		this.evidence = evidence;
		this.layout = layout;
	}

	static Map<String, Object> source(Map<String, Object> source) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", source.get(Common.ID));
		out.put("documentId", source.get(SourceProps.DOCUMENT_ID));
		out.put("kind", source.get(SourceProps.KIND));
		out.put("title", bilingual(source, SourceProps.TITLE_KO, SourceProps.TITLE_EN));
		out.put("publisher", bilingual(source, SourceProps.PUBLISHER_KO, SourceProps.PUBLISHER_EN));
		putIf(out, "publisherEntity", source.get(SourceProps.PUBLISHER_ENTITY));
		putIf(out, "published", date(source, SourceProps.PUBLISHED));
		putIf(out, "url", source.get(SourceProps.URL));
		putIf(out, "note", source.get(Common.NOTE));
		putIf(out, "sha256", source.get(SourceProps.SHA256));
		putIf(out, "lineCount", source.get(SourceProps.LINE_COUNT));
		return out;
	}

	Map<String, Object> entity(Map<String, Object> entity, List<Map<String, Object>> facts) {
		String id = (String) entity.get(Common.ID);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", id);
		out.put("kind", entity.get(EntityProps.KIND));
		putIf(out, "type", entity.get(EntityProps.TYPE));
		out.put("name", bilingual(entity, EntityProps.NAME_KO, EntityProps.NAME_EN));
		putList(out, "acronyms", entity.get(EntityProps.ACRONYMS));
		putList(out, "aliases", entity.get(EntityProps.ALIASES));
		putIf(out, "code", entity.get(EntityProps.CODE));
		putIf(out, "description", text(entity, EntityProps.DESCRIPTION_KO, EntityProps.DESCRIPTION_EN));
		putIf(out, "date", date(entity, EntityProps.DATE));
		putIf(out, "validFrom", date(entity, EntityProps.VALID_FROM));
		putIf(out, "validTo", date(entity, EntityProps.VALID_TO));
		putIf(out, "status", entity.get(Common.STATUS));
		List<Map<String, Object>> factList = new ArrayList<>();
		for (Map<String, Object> fact : sortedFacts(facts)) {
			factList.add(fact(fact));
		}
		if (!factList.isEmpty()) {
			out.put("facts", factList);
		}
		putIf(out, "note", entity.get(Common.NOTE));
		out.put("evidence", evidence(id));
		return out;
	}

	Map<String, Object> relationship(Map<String, Object> rel, Object type, Object from, Object to) {
		String id = (String) rel.get(Common.ID);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("type", type);
		out.put("from", from);
		out.put("to", to);
		int hash = id.indexOf('#');
		if (hash >= 0) {
			out.put("key", id.substring(hash + 1));
		}
		putIf(out, "role", rel.get(RelationshipProps.ROLE));
		putIf(out, "roleLabel", text(rel, RelationshipProps.ROLE_LABEL_KO, RelationshipProps.ROLE_LABEL_EN));
		putIf(out, "status", rel.get(Common.STATUS));
		putIf(out, "validFrom", date(rel, RelationshipProps.VALID_FROM));
		putIf(out, "validTo", date(rel, RelationshipProps.VALID_TO));
		putIf(out, "basis", rel.get(Common.BASIS));
		if (rel.get(RelationshipProps.AMOUNT_VALUE) instanceof Number value) {
			Map<String, Object> amount = new LinkedHashMap<>();
			amount.put("value", number(value));
			amount.put("unit", rel.get(RelationshipProps.AMOUNT_UNIT));
			if (Boolean.TRUE.equals(rel.get(RelationshipProps.AMOUNT_APPROXIMATE))) {
				amount.put("approximate", true);
			}
			out.put("amount", amount);
		}
		putIf(out, "note", rel.get(Common.NOTE));
		out.put("evidence", evidence(id));
		return out;
	}

	private Map<String, Object> fact(Map<String, Object> fact) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("key", fact.get(FactProps.KEY));
		Object value = fact.get(FactProps.VALUE);
		if (value instanceof Number number) {
			out.put("value", number(number));
		}
		else if (value != null) {
			out.put("value", value);
		}
		putIf(out, "unit", fact.get(FactProps.UNIT));
		if (Boolean.TRUE.equals(fact.get(FactProps.APPROXIMATE))) {
			out.put("approximate", true);
		}
		putIf(out, "text", text(fact, FactProps.TEXT_KO, FactProps.TEXT_EN));
		putIf(out, "date", date(fact, FactProps.DATE));
		putIf(out, "from", date(fact, FactProps.FROM));
		putIf(out, "to", date(fact, FactProps.TO));
		putIf(out, "basis", fact.get(Common.BASIS));
		putIf(out, "note", fact.get(Common.NOTE));
		out.put("evidence", evidence((String) fact.get(Common.ID)));
		return out;
	}

	/**
	 * Facts in the seed's order, so that repeated keys ({@code key}, {@code key-2}) keep
	 * their ids.
	 */
	private List<Map<String, Object>> sortedFacts(List<Map<String, Object>> facts) {
		return facts.stream()
			.sorted(Comparator
				.comparingInt((Map<String, Object> f) -> this.layout.factPosition((String) f.get(Common.ID)))
				.thenComparing((f) -> factOrder((String) f.get(Common.ID))))
			.toList();
	}

	/** {@code x#key} before {@code x#key-2} before {@code x#key-10}. */
	private static String factOrder(String id) {
		Matcher matcher = NUMBERED.matcher(id);
		return matcher.matches() ? matcher.group(1) + String.format("\u0000%06d", Integer.parseInt(matcher.group(2)))
				: id;
	}

	private List<Map<String, Object>> evidence(String subject) {
		return this.evidence.getOrDefault(subject, List.of())
			.stream()
			.sorted(Comparator
				.comparingInt((Map<String, Object> ev) -> this.layout.evidencePosition((String) ev.get(Common.ID)))
				.thenComparing((ev) -> (String) ev.get(Common.ID)))
			.map((ev) -> {
				Map<String, Object> out = new LinkedHashMap<>();
				out.put("source", ev.get(EvidenceProps.SOURCE));
				out.put("quote", ev.get(EvidenceProps.QUOTE));
				out.put("locator", ev.get(EvidenceProps.LOCATOR));
				putIf(out, "note", ev.get(Common.NOTE));
				return out;
			})
			.toList();
	}

	/** Whole numbers as integers (the seed writes {@code 973}, not {@code 973.0}). */
	private static Object number(Number value) {
		double d = value.doubleValue();
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return (long) d;
		}
		return BigDecimal.valueOf(d);
	}

	private static Map<String, Object> bilingual(Map<String, Object> props, String ko, String en) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("ko", props.get(ko));
		out.put("en", props.get(en));
		return out;
	}

	private static Map<String, Object> text(Map<String, Object> props, String ko, String en) {
		Map<String, Object> out = new LinkedHashMap<>();
		putIf(out, "ko", props.get(ko));
		putIf(out, "en", props.get(en));
		return out.isEmpty() ? null : out;
	}

	private static String date(Map<String, Object> props, String name) {
		PartialDate date = PartialDate.stored(props.get(name), props.get(name + StoredGraph.PRECISION_SUFFIX));
		return (date != null) ? date.text() : null;
	}

	private static void putIf(Map<String, Object> out, String key, Object value) {
		if (value != null) {
			out.put(key, value);
		}
	}

	private static void putList(Map<String, Object> out, String key, Object value) {
		if (value instanceof List<?> list && !list.isEmpty()) {
			out.put(key, list);
		}
	}

}
