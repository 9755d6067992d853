package org.innograph.edit;

import java.math.BigDecimal;
import java.util.Map;

import org.innograph.graph.PartialDate;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredRecords;

/**
 * Editing inputs turned into stored properties by the storage model's rules
 * ({@link StoredRecords}), the same the seed loader follows; edited records and quotes
 * also say {@code origin: edit}.
 */
final class Records {

	private Records() {
	}

	/**
	 * Sets a partial date as {@code <name>} (first day) and {@code <name>Precision}; null
	 * removes it.
	 */
	static void putDate(Map<String, Object> props, String name, PartialDate date) {
		StoredRecords.putDate(props, name, date);
	}

	static void putText(Map<String, Object> props, String name, String value) {
		StoredRecords.putText(props, name, value);
	}

	/**
	 * A text field's change as {@link #putText} would make it, for a write that sets
	 * properties with {@code SET n += $changes}: nothing when not given, null (removed in
	 * Cypher) when given empty.
	 */
	static void putTextChange(Map<String, Object> changes, String name, String value) {
		if (value != null) {
			changes.put(name, value.isEmpty() ? null : value);
		}
	}

	/** Applies changes to properties as Cypher's {@code SET n += $changes} does. */
	static void putChanges(Map<String, Object> props, Map<String, Object> changes) {
		changes.forEach((name, value) -> {
			if (value == null) {
				props.remove(name);
			}
			else {
				props.put(name, value);
			}
		});
	}

	static void putSearchNames(Map<String, Object> props) {
		StoredRecords.putSearchNames(props);
	}

	/**
	 * The search fields of an edited entity: derived again when the edit gives names,
	 * acronyms or aliases, or when the record lacks one of them. They derive from those
	 * alone, and cutting Korean names into words is the costliest step of an edit of a
	 * note or a date, which would only derive the same values again.
	 */
	static void putSearchNamesIfChanged(Map<String, Object> props, boolean namesGiven) {
		if (namesGiven || !props.containsKey(EntityProps.NAMES) || !props.containsKey(EntityProps.SEARCH_TEXT)
				|| !props.containsKey(EntityProps.NAME_WORDS) || !props.containsKey(EntityProps.NAME_GRAMS)) {
			putSearchNames(props);
		}
	}

	/**
	 * Sets the amount properties, or removes them when {@code amount} has no value; null
	 * leaves them.
	 */
	static void putAmount(Map<String, Object> props, Inputs.AmountInput amount) {
		if (amount != null) {
			StoredRecords.putAmount(props, (amount.value() != null) ? BigDecimal.valueOf(amount.value()) : null,
					amount.unit(), Boolean.TRUE.equals(amount.approximate()));
		}
	}

	/** The stored evidence node for an item about {@code subject}. */
	static Map<String, Object> evidence(String subject, Inputs.EvidenceInput item) {
		Map<String, Object> props = StoredRecords.evidence(subject, item.source(), item.quote(), item.locator(),
				item.note());
		props.put(Common.ORIGIN, Common.ORIGIN_EDIT);
		return props;
	}

	static String evidenceId(String subject, String source, String locator, String quote) {
		return StoredRecords.evidenceId(subject, source, locator, quote);
	}

	static Map<String, Object> clean(Map<String, Object> props) {
		return StoredRecords.clean(props);
	}

}
