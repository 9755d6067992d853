package org.innograph.edit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.graph.Amount;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SearchNames;

/**
 * Input turned into stored properties exactly as the seed loader stores them ({@code SeedGraph}): dates
 * as first day plus precision, names for exact look-ups, amounts also in won, evidence ids derived from
 * their content. Reads and exports therefore cannot tell an edited record from a seeded one, except by
 * {@code origin}.
 */
final class Records {

	private Records() {
	}

	/** Sets a partial date as {@code <name>} (first day) and {@code <name>Precision}; null removes it. */
	static void putDate(Map<String, Object> props, String name, PartialDate date) {
		PartialDate.removeFrom(props, name);
		if (date != null) {
			date.putInto(props, name);
		}
	}

	/** Sets or (with an empty string) removes a text property; null leaves it. */
	static void putText(Map<String, Object> props, String name, String value) {
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

	/** Recomputes {@code names} and {@code searchText} from the names, acronyms and aliases. */
	@SuppressWarnings("unchecked")
	static void putSearchNames(Map<String, Object> props) {
		List<String> names = SearchNames.of((String) props.get("nameKo"), (String) props.get("nameEn"),
				(List<String>) props.get("acronyms"), (List<String>) props.get("aliases"));
		props.put("names", names);
		props.put("searchText", SearchNames.searchText(names));
	}

	/** Sets the amount properties, or removes them when {@code amount} has no value. */
	static void putAmount(Map<String, Object> props, Inputs.AmountInput amount) {
		if (amount == null) {
			return;
		}
		props.remove("amountValue");
		props.remove("amountUnit");
		props.remove("amountApproximate");
		props.remove("amountWon");
		if (amount.value() == null) {
			return;
		}
		Amount parsed = new Amount(BigDecimal.valueOf(amount.value()), amount.unit(),
				Boolean.TRUE.equals(amount.approximate()));
		props.put("amountValue", parsed.value().doubleValue());
		props.put("amountUnit", parsed.unit());
		props.put("amountApproximate", parsed.approximate());
		parsed.won().ifPresent((won) -> props.put("amountWon", won));
	}

	/** The stored evidence node for an item about {@code subject}. */
	static Map<String, Object> evidence(String subject, Inputs.EvidenceInput item) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("id", evidenceId(subject, item.source(), item.locator(), item.quote()));
		props.put("subject", subject);
		props.put("source", item.source());
		props.put("quote", item.quote());
		props.put("locator", item.locator());
		if (item.note() != null && !item.note().isEmpty()) {
			props.put("note", item.note());
		}
		props.put("origin", "edit");
		return props;
	}

	/**
	 * The seed loader's evidence id: the same subject, source, locator and quote give the same id, so an
	 * exported and re-imported quote keeps its id.
	 */
	static String evidenceId(String subject, String source, String locator, String quote) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String key = subject + "\u0000" + source + "\u0000" + locator + "\u0000" + quote;
			return "ev:" + HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A copy without null values, in key order: what history stores as before and after. */
	static Map<String, Object> clean(Map<String, Object> props) {
		Map<String, Object> clean = new java.util.TreeMap<>();
		props.forEach((key, value) -> {
			if (value != null && !key.startsWith("_")) {
				clean.put(key, value);
			}
		});
		return clean;
	}

}
