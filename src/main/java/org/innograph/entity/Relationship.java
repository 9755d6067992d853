package org.innograph.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.innograph.graph.Basis;
import org.innograph.graph.DisplayText;
import org.innograph.graph.Language;
import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipType;

/** A relationship as the API shows it, with both ends. */
public record Relationship(String id, RelationshipType type, Entity from, Entity to, String role,
		LocalizedText roleLabel, String status, PartialDate validFrom, PartialDate validTo, AmountView amount,
		String note, Basis basis, PartialDate statedOn) {

	public boolean symmetric() {
		return this.type.symmetric();
	}

	/**
	 * The stored properties of a relationship that {@link #of} reads from {@code rel}; as
	 * for entities ({@link Entity#PROPERTIES}), statements that read relationships for
	 * the API project these.
	 */
	static final List<String> PROPERTIES = List.of("id", "role", "roleLabelKo", "roleLabelEn", "status", "validFrom",
			"validFromPrecision", "validTo", "validToPrecision", "amountValue", "amountUnit", "amountWon",
			"amountApproximate", "note", "basis", "statedOn", "statedOnPrecision");

	private static final String PROJECTION = Rows.projection(PROPERTIES);

	/**
	 * What a brief page of neighbours carries of a link ({@link BriefSelection}): its id
	 * (its type and direction come beside it); {@link #of} reads the rest as absent, and
	 * an absent basis as STATED, which is why no field that shows more than the id and
	 * type may ever be answered from a brief link.
	 */
	private static final String BRIEF_PROJECTION = Rows.projection(List.of("id"));

	/**
	 * A map projection of a link's id alone, of the relationship bound as
	 * {@code variable}.
	 */
	static String briefProjection(String variable) {
		return variable + BRIEF_PROJECTION;
	}

	/**
	 * A map projection of what {@link #of} reads, of the relationship bound as
	 * {@code variable}.
	 */
	public static String projection(String variable) {
		return variable + PROJECTION;
	}

	/**
	 * From a row with {@code rel} (the relationship's properties), {@code type},
	 * {@code from} and {@code to} (the properties of its end nodes).
	 */
	public static Relationship of(Map<String, Object> row) {
		return of(row, Entity.of(Rows.map(row, "from")), Entity.of(Rows.map(row, "to")));
	}

	/**
	 * From an item of a page of {@code owner}'s links: {@code rel} and {@code type} as
	 * for {@link #of(Map)}, {@code outgoing} (whether the link starts at the owner) and
	 * {@code other} (the properties of its other end). The owner's properties come once
	 * with the page, not with every link.
	 */
	static Relationship onPage(Map<String, Object> item, Entity owner) {
		Entity other = Entity.of(Rows.map(item, "other"));
		boolean outgoing = Boolean.TRUE.equals(item.get("outgoing"));
		return of(item, outgoing ? owner : other, outgoing ? other : owner);
	}

	private static Relationship of(Map<String, Object> row, Entity from, Entity to) {
		Map<String, Object> rel = Rows.map(row, "rel");
		Double amount = Rows.number(rel, "amountValue");
		return new Relationship(Rows.string(rel, "id"), RelationshipType.valueOf(Rows.string(row, "type")), from, to,
				Rows.string(rel, "role"), LocalizedText.ofNullable(rel.get("roleLabelKo"), rel.get("roleLabelEn")),
				Rows.string(rel, "status"), Rows.date(rel, "validFrom"), Rows.date(rel, "validTo"),
				(amount != null) ? new AmountView(amount, Rows.string(rel, "amountUnit"), Rows.number(rel, "amountWon"),
						Boolean.TRUE.equals(rel.get("amountApproximate"))) : null,
				Rows.string(rel, "note"), Basis.orStated(rel.get("basis")), Rows.date(rel, "statedOn"));
	}

	/** The end that is not {@code entityId}. */
	public Entity other(String entityId) {
		return this.from.id().equals(entityId) ? this.to : this.from;
	}

	/** An amount with the unit the source wrote. */
	public record AmountView(double value, String unit, Double won, boolean approximate) {

		/** In Korean: {@link #display(Language)}. */
		public String display() {
			return display(Language.KO);
		}

		/** As text in a language, e.g. "약 270억 원" / "about 27 billion won". */
		public String display(Language language) {
			return DisplayText.quantity(BigDecimal.valueOf(this.value), this.unit, null, this.approximate, language);
		}

	}

}
