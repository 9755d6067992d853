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

	/**
	 * The stored properties {@link #of} reads. A node also keeps what search reads
	 * (searchText, names, nameWords, nameGrams: most of its bytes) and what editing reads
	 * (version, origin); a statement that reads entities for the API projects these
	 * instead of {@code {.*}}, so the rest does not cross Bolt to be decoded and dropped.
	 */
	static final List<String> PROPERTIES = List.of("id", "kind", "type", "nameKo", "nameEn", "acronyms", "aliases",
			"code", "descriptionKo", "descriptionEn", "date", "datePrecision", "validFrom", "validFromPrecision",
			"validTo", "validToPrecision", "status", "note");

	private static final String PROJECTION = Rows.projection(PROPERTIES);

	/**
	 * What a brief page of neighbours carries of an entity ({@link BriefSelection}): its
	 * id, kind and names; {@link #of} reads the rest as absent.
	 */
	static final List<String> BRIEF_PROPERTIES = List.of("id", "kind", "nameKo", "nameEn");

	private static final String BRIEF_PROJECTION = Rows.projection(BRIEF_PROPERTIES);

	/**
	 * A map projection of what {@link #of} reads, of the node bound as {@code variable}.
	 */
	public static String projection(String variable) {
		return variable + PROJECTION;
	}

	/**
	 * A map projection of {@link #BRIEF_PROPERTIES}, of the node bound as
	 * {@code variable}.
	 */
	static String briefProjection(String variable) {
		return variable + BRIEF_PROJECTION;
	}

	/** From the properties of an {@code :Entity} node ({@link #projection}). */
	public static Entity of(Map<String, Object> node) {
		return new Entity(Rows.string(node, "id"), EntityKind.ofLabel(Rows.string(node, "kind")).apiName(),
				Rows.string(node, "type"), new LocalizedText(Rows.string(node, "nameKo"), Rows.string(node, "nameEn")),
				Rows.strings(node, "acronyms"), Rows.strings(node, "aliases"), Rows.string(node, "code"),
				LocalizedText.ofNullable(node.get("descriptionKo"), node.get("descriptionEn")), Rows.date(node, "date"),
				Rows.date(node, "validFrom"), Rows.date(node, "validTo"), Rows.string(node, "status"),
				Rows.string(node, "note"));
	}

}
