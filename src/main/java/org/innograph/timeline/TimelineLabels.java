package org.innograph.timeline;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

import org.innograph.entity.Entity;
import org.innograph.entity.Fact;
import org.innograph.entity.Relationship;
import org.innograph.graph.DisplayText;
import org.innograph.graph.FactKeyWords;
import org.innograph.graph.Language;
import org.innograph.graph.LocalizedText;

/**
 * One line per time-line item in each language. The English line holds no Korean: a fact
 * says its English text where the seed gives one, else its key in words with the value
 * and an English unit; Korean units and values with no English form are left out rather
 * than shown untranslated.
 */
final class TimelineLabels {

	private static final Pattern HANGUL = Pattern.compile("[\\p{IsHangul}]");

	private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

	/**
	 * English names of the money keys (the seed's money vocabulary), where words alone
	 * read oddly.
	 */
	private static final Map<String, String> KEYS = Map.of("budgetNational", "national budget share", "budgetLocal",
			"local budget share", "budgetPublic", "public budget share", "budgetPrivate", "private budget share",
			"grdp", "GRDP", "rdExpenditure", "R&D expenditure");

	/**
	 * The count units the seed uses, in English; an empty text means the number says
	 * enough.
	 */
	private static final Map<String, String> UNITS = Map.of("개", "", "명", "people", "건", "", "대", "units", "점",
			"points", "위", "(rank)", "주년", "years", "%", "%");

	private TimelineLabels() {
	}

	static LocalizedText ofEntity(Entity entity) {
		return new LocalizedText(entity.name().ko(), english(entity.name().en()));
	}

	static LocalizedText ofRelationship(Relationship relationship) {
		return new LocalizedText(
				relationship.from().name().ko() + " → " + relationship.to().name().ko() + ": "
						+ relationship.type().labelKo(),
				english(relationship.from().name().en() + " " + relationship.type().labelEn() + " "
						+ relationship.to().name().en()));
	}

	static LocalizedText ofFact(Entity owner, Fact fact) {
		String ko = owner.name().ko() + ": " + ((fact.text() != null && fact.text().ko() != null) ? fact.text().ko()
				: keyInKorean(fact.key()) + " " + fact.display());
		String en = owner.name().en() + ": " + factInEnglish(fact);
		return new LocalizedText(ko, english(en));
	}

	/**
	 * A fact key in Korean words ({@code budgetNational} → 국비); a key the vocabulary
	 * lacks (one an editor made up) reads as English words rather than as the stored
	 * code.
	 */
	static String keyInKorean(String key) {
		LocalizedText words = FactKeyWords.of(key);
		return (words != null) ? words.ko() : words(key);
	}

	/**
	 * The fact in English: its English text, or its key in words with the value and unit.
	 */
	static String factInEnglish(Fact fact) {
		if (fact.text() != null && fact.text().en() != null && !HANGUL.matcher(fact.text().en()).find()) {
			return fact.text().en();
		}
		String key = KEYS.getOrDefault(fact.key(), words(fact.key()));
		String value = value(fact);
		return (value.isEmpty() || HANGUL.matcher(value).find()) ? key : key + " " + value;
	}

	/**
	 * {@code preliminaryFeasibilityExemption} →
	 * {@code preliminary feasibility exemption}.
	 */
	static String words(String key) {
		String[] parts = WORD_START.split(key);
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (out.length() > 0) {
				out.append(' ');
			}
			// Keep acronyms as written (GRDP, R&D); lower-case ordinary words.
			out.append(part.chars().allMatch(Character::isUpperCase) ? part : part.toLowerCase(java.util.Locale.ROOT));
		}
		return out.toString();
	}

	private static String value(Fact fact) {
		String about = fact.approximate() ? "about " : "";
		if (fact.won() != null) {
			return about + won(BigDecimal.valueOf(fact.won()));
		}
		if (fact.number() != null) {
			String number = BigDecimal.valueOf(fact.number()).stripTrailingZeros().toPlainString();
			String unit = (fact.unit() != null) ? UNITS.get(fact.unit()) : "";
			if (unit == null) {
				return "";
			}
			return about + number + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
		}
		return (fact.value() != null) ? fact.value() : "";
	}

	/**
	 * 97,300,000,000 → "97.3 billion won"; 3.5 × 10¹² → "3.5 trillion won": the API's one
	 * way of writing money ({@link DisplayText}).
	 */
	static String won(BigDecimal won) {
		return DisplayText.money(won, false, Language.EN);
	}

	/**
	 * An English line never carries Hangul: anything the seed left in Korean is dropped,
	 * not shown.
	 */
	private static String english(String text) {
		return HANGUL.matcher(text).find() ? HANGUL.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").trim()
				: text;
	}

}
