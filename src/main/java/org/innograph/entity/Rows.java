package org.innograph.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.graph.PartialDate;

/** Reading property maps returned by Cypher. */
final class Rows {

	private Rows() {
	}

	/**
	 * The body of a map projection of {@code keys}, e.g. {@code {.id, .kind}}, to follow
	 * a variable's name.
	 */
	static String projection(List<String> keys) {
		return keys.stream().map((key) -> "." + key).collect(Collectors.joining(", ", " {", "}"));
	}

	static String string(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value != null) ? value.toString() : null;
	}

	static PartialDate date(Map<String, Object> row, String key) {
		return PartialDate.stored(row.get(key), row.get(key + "Precision"));
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> row, String key) {
		return (Map<String, Object>) row.get(key);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	static Double number(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	static long count(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
