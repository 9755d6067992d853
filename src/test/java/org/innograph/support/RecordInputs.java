package org.innograph.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest valid inputs of the mutations that create records, as maps a test adds to
 * (a note, an amount, a role): an entity and a relationship, each with one quote of the
 * seed's first document.
 */
public final class RecordInputs {

	private static final List<Map<String, String>> EVIDENCE = List
		.of(Map.of("source", "doc:000", "quote", "②한국항공우주연구원(KARI)", "locator", "L42"));

	private RecordInputs() {
	}

	/** A new entity of {@code kind} (the API's name, e.g. ORGANIZATION). */
	public static Map<String, Object> entity(String id, String kind) {
		return new LinkedHashMap<>(Map.of("id", id, "kind", kind, "type", "research-institute", "name",
				Map.of("ko", "시험 기관", "en", "Test institute"), "evidence", EVIDENCE));
	}

	/** A new relationship of {@code type}, stated. */
	public static Map<String, Object> relationship(String type, String from, String to) {
		return new LinkedHashMap<>(
				Map.of("type", type, "from", from, "to", to, "basis", "STATED", "evidence", EVIDENCE));
	}

}
