package org.innograph.seed;

import java.math.BigDecimal;
import java.util.List;

import org.innograph.graph.RelationshipIds;
import org.innograph.graph.RelationshipType;

/**
 * The curated seed as read from {@code graph-seed/}: every record keeps the file it came
 * from so that problems can be reported where a curator fixes them.
 */
public record Seed(List<Source> sources, List<Entity> entities, List<Relationship> relationships, String hash) {

	/** Where a record sits: the file and its position in the file's list. */
	public record Origin(String file, String list, int index) {

		@Override
		public String toString() {
			return this.file + " " + this.list + "[" + this.index + "]";
		}

	}

	/** A Korean and an English text; either may be absent where only one is required. */
	public record Text(String ko, String en) {
	}

	/**
	 * A document every fact cites; {@code sha256} and {@code lineCount} identify its text
	 * file.
	 */
	public record Source(String id, String documentId, Text title, Text publisher, String publisherEntity,
			String published, String kind, String url, String note, String sha256, Integer lineCount, Origin origin) {
	}

	/** A verbatim quote from a source, and where it is. */
	public record Evidence(String source, String quote, String locator, String note) {
	}

	/**
	 * An attribute of an entity (an amount, a count, a date, a purpose) with its own
	 * evidence; {@code basis} is STATED, PLANNED or INFERRED, or null where the curators
	 * have not yet reviewed the record.
	 */
	public record Fact(String key, Object value, String unit, Boolean approximate, Text text, String date, String from,
			String to, String basis, String note, List<Evidence> evidence) {
	}

	/** A node of the graph: an organisation, a region, a cluster, an agreement, … */
	public record Entity(String id, String kind, String type, Text name, List<String> acronyms, List<String> aliases,
			String code, Text description, String date, String validFrom, String validTo, String status,
			List<Fact> facts, String note, List<Evidence> evidence, Origin origin) {
	}

	/** The amount a relationship carries (a FUNDS edge's budget). */
	public record Amount(BigDecimal value, String unit, Boolean approximate) {
	}

	/** An edge of the graph with its evidence; {@code basis} as for {@link Fact}. */
	public record Relationship(String key, String type, String from, String to, String role, Text roleLabel,
			String status, String validFrom, String validTo, String basis, Amount amount, String note,
			List<Evidence> evidence, Origin origin) {

		/**
		 * The id the relationship is stored under, derived from its ends, type and key.
		 */
		public String effectiveId() {
			return RelationshipIds.of(this.from, RelationshipType.valueOf(this.type), this.to, this.key);
		}

	}

}
