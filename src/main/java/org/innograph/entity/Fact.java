package org.innograph.entity;

import java.math.BigDecimal;
import java.util.Map;

import org.innograph.graph.Basis;
import org.innograph.graph.DisplayText;
import org.innograph.graph.Language;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;

/** An attribute of an entity with its own evidence. */
public record Fact(String id, String key, Double number, String value, String unit, Double won, boolean approximate,
		LocalizedText text, PartialDate date, PartialDate from, PartialDate to, String note, Basis basis,
		PartialDate statedOn) {

	public static Fact of(Map<String, Object> node) {
		Object value = node.get("value");
		return new Fact(Rows.string(node, "id"), Rows.string(node, "key"),
				(value instanceof Number number) ? number.doubleValue() : null,
				(value instanceof Number || value == null) ? null : value.toString(), Rows.string(node, "unit"),
				Rows.number(node, "won"), Boolean.TRUE.equals(node.get("approximate")),
				LocalizedText.ofNullable(node.get("textKo"), node.get("textEn")), Rows.date(node, "date"),
				Rows.date(node, "from"), Rows.date(node, "to"), Rows.string(node, "note"),
				Basis.orStated(node.get("basis")), Rows.date(node, "statedOn"));
	}

	/** The value as Korean text: {@link #display(Language)} in Korean. */
	public String display() {
		return display(Language.KO);
	}

	/**
	 * The value as text with its unit in a language ({@link DisplayText}): "약 3조 3,000억
	 * 원" / "about 3.3 trillion won", "4,521명" / "4,521 people"; a text fact's text in
	 * that language, else in the other.
	 */
	public String display(Language language) {
		if (this.number != null) {
			return DisplayText.quantity(BigDecimal.valueOf(this.number), this.unit, this.key, this.approximate,
					language);
		}
		if (this.value != null) {
			return DisplayText.text(this.value, this.unit, this.key, this.approximate, language);
		}
		String shown = (this.text != null) ? this.text.in(language == Language.KO) : "";
		return DisplayText.text((shown != null) ? shown : "", this.unit, this.key, this.approximate, language);
	}

}
