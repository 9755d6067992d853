package org.innograph.entity;

import java.util.List;
import java.util.Map;

import org.innograph.graph.EntityKind;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;

/** An entity as the API shows it. Its id is its readable key. */
public record Entity(String id, String kind, String type, LocalizedText name, List<String> acronyms,
		List<String> aliases, String code, LocalizedText description, PartialDate date, PartialDate validFrom,
		PartialDate validTo, String status, String note) {

	public String key() {
		return this.id;
	}

	/** From the properties of an {@code :Entity} node. */
	public static Entity of(Map<String, Object> node) {
		return new Entity(Rows.string(node, "id"), EntityKind.ofLabel(Rows.string(node, "kind")).apiName(),
				Rows.string(node, "type"), new LocalizedText(Rows.string(node, "nameKo"), Rows.string(node, "nameEn")),
				Rows.strings(node, "acronyms"), Rows.strings(node, "aliases"), Rows.string(node, "code"),
				LocalizedText.ofNullable(node.get("descriptionKo"), node.get("descriptionEn")), Rows.date(node, "date"),
				Rows.date(node, "validFrom"), Rows.date(node, "validTo"), Rows.string(node, "status"),
				Rows.string(node, "note"));
	}

}
