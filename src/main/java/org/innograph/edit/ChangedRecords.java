package org.innograph.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;

/**
 * Reads a stored record of history (the JSON object of stored properties {@link History}
 * keeps) as the API names its fields: {@code nameKo} becomes {@code name.ko}, a date and
 * its precision become one {@code validFrom: 2024-05}, the amount's properties
 * {@code amount.value}, {@code amount.unit} …, a kind its API name (ORGANIZATION,
 * PRESS_RELEASE), and an evidence list {@code evidence[0].quote} …. Properties that only
 * serve look-ups ({@code names}, {@code searchText}, {@code nameWords},
 * {@code nameGrams}, {@code validToEnd}, {@code origin}) are left out: they follow from
 * the others. The history in the database stays as it was written; only the reading is
 * typed, so records written before keep reading the same way.
 */
final class ChangedRecords {

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Stored properties derived from others, or bookkeeping a reader of history does not
	 * need.
	 */
	private static final Set<String> DERIVED = Set.of("names", "searchText", "nameWords", "nameGrams", "validToEnd",
			"origin");

	/** Text pairs stored as {@code <field>Ko} and {@code <field>En}. */
	private static final Pattern LANGUAGE = Pattern
		.compile("^(name|description|roleLabel|title|publisher|text)(Ko|En)$");

	/**
	 * The amount's stored properties: {@code amountValue}, {@code amountUnit},
	 * {@code amountWon} …
	 */
	private static final Pattern AMOUNT = Pattern.compile("^amount([A-Z])(\\w*)$");

	private static final String PRECISION = "Precision";

	private ChangedRecords() {
	}

	/** A changed record: its fields under their API names, in name order. */
	record ChangedRecord(List<ChangedField> fields) {
	}

	/** One field: a single value as text, or the items of a list. */
	record ChangedField(String name, String value, List<String> values) {
	}

	/**
	 * The record stored as {@code stored} (JSON text) for a change of a record of
	 * {@code targetKind}.
	 */
	static ChangedRecord read(String stored, String targetKind) {
		if (stored == null) {
			return null;
		}
		return new ChangedRecord(fields("", json.readTree(stored), targetKind));
	}

	private static List<ChangedField> fields(String prefix, JsonNode object, String targetKind) {
		Map<String, List<ChangedField>> byName = new TreeMap<>();
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			String key = property.getKey();
			JsonNode value = property.getValue();
			if (DERIVED.contains(key) || value.isNull()
					|| (key.endsWith(PRECISION) && object.has(key.substring(0, key.length() - PRECISION.length())))) {
				continue;
			}
			String name = prefix + apiName(key);
			byName.put(name, field(name, key, value, object, targetKind));
		}
		return byName.values().stream().flatMap(List::stream).toList();
	}

	private static List<ChangedField> field(String name, String key, JsonNode value, JsonNode object,
			String targetKind) {
		if (value.isArray()) {
			if (!value.isEmpty() && value.get(0).isObject()) {
				List<ChangedField> items = new ArrayList<>();
				for (int i = 0; i < value.size(); i++) {
					items.addAll(fields(name + "[" + i + "].", value.get(i), targetKind));
				}
				return items;
			}
			List<String> values = new ArrayList<>();
			value.forEach((item) -> values.add(text(item)));
			return List.of(new ChangedField(name, null, values));
		}
		if (object.has(key + PRECISION)) {
			LocalDate start = LocalDate.parse(text(value).substring(0, 10));
			PartialDate date = PartialDate.of(start, PartialDate.Precision.valueOf(text(object.get(key + PRECISION))));
			return List.of(new ChangedField(name, date.text(), null));
		}
		if (key.equals("kind")) {
			return List.of(new ChangedField(name, kind(text(value), targetKind), null));
		}
		return List.of(new ChangedField(name, text(value), null));
	}

	/**
	 * The API's name of a stored property: name.ko for nameKo, amount.value for
	 * amountValue.
	 */
	static String apiName(String key) {
		Matcher language = LANGUAGE.matcher(key);
		if (language.matches()) {
			return language.group(1) + "." + language.group(2).toLowerCase(java.util.Locale.ROOT);
		}
		Matcher amount = AMOUNT.matcher(key);
		if (amount.matches()) {
			return "amount." + amount.group(1).toLowerCase(java.util.Locale.ROOT) + amount.group(2);
		}
		return key;
	}

	private static String kind(String stored, String targetKind) {
		if (History.SOURCE.equals(targetKind)) {
			return SourceKind.ofStored(stored).name();
		}
		for (EntityKind kind : EntityKind.values()) {
			if (kind.label().equals(stored) || kind.name().equals(stored)) {
				return kind.name();
			}
		}
		return stored;
	}

	private static String text(JsonNode value) {
		if (value.isFloatingPointNumber()) {
			return value.decimalValue().stripTrailingZeros().toPlainString();
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

}
