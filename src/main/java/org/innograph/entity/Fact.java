package org.innograph.entity;

import java.util.Map;

import org.innograph.graph.Basis;
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

	/**
	 * The value as text with its unit, e.g. "약 3.3 조 원", or the Korean text for text
	 * facts.
	 */
	public String display() {
		String shown;
		if (this.number != null) {
			shown = Numbers.plain(this.number);
		}
		else if (this.value != null) {
			shown = this.value;
		}
		else {
			shown = (this.text != null) ? this.text.in(true) : "";
		}
		return (this.approximate ? "약 " : "") + shown + ((this.unit != null) ? " " + this.unit : "");
	}

}
