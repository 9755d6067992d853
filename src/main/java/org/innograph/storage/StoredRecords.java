package org.innograph.storage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.innograph.graph.Amount;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SearchNames;
import org.innograph.graph.SearchWords;
import org.innograph.storage.StoredGraph.Common;
import org.innograph.storage.StoredGraph.EntityProps;
import org.innograph.storage.StoredGraph.EvidenceProps;
import org.innograph.storage.StoredGraph.RelationshipProps;

/**
 * The rules that turn values into stored properties, shared by the seed loader and the
 * editing API so that reads and exports cannot tell an edited record from a seeded one
 * (except by {@code origin}): dates as first day plus precision, names for exact
 * look-ups, amounts also in won, evidence ids derived from their content.
 */
public final class StoredRecords {

	private StoredRecords() {
	}

	/**
	 * The id of a quote: the same subject, source, locator and quote give the same id,
	 * across loads and through an export and re-import.
	 */
	public static String evidenceId(String subject, String source, String locator, String quote) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String key = subject + "\u0000" + source + "\u0000" + locator + "\u0000" + quote;
			return "ev:"
					+ HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The id of an entity's fact: {@code <entity>#<key>}, and {@code <entity>#<key>-<n>}
	 * for the n-th fact of the same key (n ≥ 2) in the order the seed lists them.
	 */
	public static String factId(String entityId, String key, int n) {
		return entityId + "#" + key + ((n > 1) ? "-" + n : "");
	}

	/**
	 * The stored evidence node for a quote about {@code subject}; a null or empty note is
	 * left out.
	 */
	public static Map<String, Object> evidence(String subject, String source, String quote, String locator,
			String note) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put(Common.ID, evidenceId(subject, source, locator, quote));
		props.put(EvidenceProps.SUBJECT, subject);
		props.put(EvidenceProps.SOURCE, source);
		props.put(EvidenceProps.QUOTE, quote);
		props.put(EvidenceProps.LOCATOR, locator);
		if (note != null && !note.isEmpty()) {
			props.put(Common.NOTE, note);
		}
		return props;
	}

	/**
	 * Sets a partial date as {@code <name>} (first day) and {@code <name>Precision} (see
	 * {@link PartialDate#putInto}); null or empty text removes it.
	 */
	public static void putDate(Map<String, Object> props, String name, String text) {
		putDate(props, name, (text != null && !text.isEmpty()) ? PartialDate.parse(text) : null);
	}

	/**
	 * Sets a partial date as {@code <name>} and {@code <name>Precision}; null removes it.
	 */
	public static void putDate(Map<String, Object> props, String name, PartialDate date) {
		PartialDate.removeFrom(props, name);
		if (date != null) {
			date.putInto(props, name);
		}
	}

	/** Sets or (with an empty string) removes a text property; null leaves it. */
	public static void putText(Map<String, Object> props, String name, String value) {
		if (value == null) {
			return;
		}
		if (value.isEmpty()) {
			props.remove(name);
		}
		else {
			props.put(name, value);
		}
	}

	/**
	 * Recomputes {@code names}, {@code searchText}, {@code nameWords} and
	 * {@code nameGrams} from the names, acronyms and aliases.
	 */
	@SuppressWarnings("unchecked")
	public static void putSearchNames(Map<String, Object> props) {
		List<String> names = SearchNames.of((String) props.get(EntityProps.NAME_KO),
				(String) props.get(EntityProps.NAME_EN), (List<String>) props.get(EntityProps.ACRONYMS),
				(List<String>) props.get(EntityProps.ALIASES));
		props.put(EntityProps.NAMES, names);
		props.put(EntityProps.SEARCH_TEXT, SearchNames.searchText(names));
		props.put(EntityProps.NAME_WORDS, SearchWords.ofNames(names));
		props.put(EntityProps.NAME_GRAMS, SearchNames.grams(names));
	}

	/** Replaces a relationship's amount; a null value removes it. */
	public static void putAmount(Map<String, Object> props, BigDecimal value, String unit, boolean approximate) {
		props.remove(RelationshipProps.AMOUNT_VALUE);
		props.remove(RelationshipProps.AMOUNT_UNIT);
		props.remove(RelationshipProps.AMOUNT_APPROXIMATE);
		props.remove(RelationshipProps.AMOUNT_WON);
		if (value == null) {
			return;
		}
		Amount amount = new Amount(value, unit, approximate);
		props.put(RelationshipProps.AMOUNT_VALUE, amount.value().doubleValue());
		props.put(RelationshipProps.AMOUNT_UNIT, amount.unit());
		props.put(RelationshipProps.AMOUNT_APPROXIMATE, amount.approximate());
		amount.won().ifPresent((won) -> props.put(RelationshipProps.AMOUNT_WON, won));
	}

	/**
	 * Stored properties history does not keep besides internal keys ({@code _lock}):
	 * {@code nameGrams}, a long list for one index, derived from the names history keeps.
	 * The two ways a change is recorded (JSON made here, {@code History.RECORD_SNAPSHOTS}
	 * in Cypher) both leave these out.
	 */
	public static final Set<String> NOT_IN_HISTORY = Set.of(EntityProps.NAME_GRAMS);

	/**
	 * A copy without null values, internal keys ({@code _lock}) or
	 * {@link #NOT_IN_HISTORY}, in key order: what history keeps.
	 */
	public static Map<String, Object> clean(Map<String, Object> props) {
		Map<String, Object> clean = new TreeMap<>();
		props.forEach((key, value) -> {
			if (value != null && !key.startsWith("_") && !NOT_IN_HISTORY.contains(key)) {
				clean.put(key, value);
			}
		});
		return clean;
	}

}
