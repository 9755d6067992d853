package org.innograph.edit;

import java.util.List;

import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The GraphQL input types of the editing mutations, bound with {@code @Argument}. Dates
 * arrive already read by the {@code DateOrPartial} scalar ({@link PartialDate#parse}); in
 * the update inputs an {@link ArgumentValue} tells a date left out (kept) from a date
 * given as null (cleared).
 */
final class Inputs {

	private Inputs() {
	}

	/** A Korean and an English text. */
	record Text(String ko, String en) {
	}

	/** A quote from a source that supports a record. */
	record EvidenceInput(String source, String quote, String locator, String note) {
	}

	/** An amount as the source writes it. */
	record AmountInput(Double value, String unit, Boolean approximate) {
	}

	/** A new entity. */
	record CreateEntityInput(String id, String kind, String type, Text name, List<String> acronyms,
			List<String> aliases, String code, Text description, PartialDate date, PartialDate validFrom,
			PartialDate validTo, String status, String note, List<EvidenceInput> evidence) {
	}

	/**
	 * Changes to an entity: absent fields stay as they are; an empty string clears a text
	 * field.
	 */
	record UpdateEntityInput(String id, Integer expectedVersion, String type, Text name, List<String> acronyms,
			List<String> aliases, String code, Text description, ArgumentValue<PartialDate> date,
			ArgumentValue<PartialDate> validFrom, ArgumentValue<PartialDate> validTo, String status, String note) {
	}

	/** A new relationship; at least one evidence record. */
	record CreateRelationshipInput(String type, String from, String to, String key, String role, Text roleLabel,
			String status, PartialDate validFrom, PartialDate validTo, AmountInput amount, String note, String basis,
			List<EvidenceInput> evidence) {
	}

	/**
	 * Changes to a relationship: absent fields stay as they are; an empty string clears a
	 * text field.
	 */
	record UpdateRelationshipInput(String id, Integer expectedVersion, String role, Text roleLabel, String status,
			ArgumentValue<PartialDate> validFrom, ArgumentValue<PartialDate> validTo, AmountInput amount, String note,
			String basis) {
	}

	/** Retiring an entity or a relationship. */
	record RetireInput(String id, Integer expectedVersion, String reason, PartialDate validTo) {
	}

	/** Several new records written together, or none. */
	record CreateRecordsInput(List<CreateEntityInput> entities, List<CreateRelationshipInput> relationships) {
	}

	/**
	 * A new source document; {@code kind} arrives as the API names it and is kept as the
	 * seed stores it.
	 */
	record AddSourceInput(String id, String documentId, String kind, Text title, Text publisher, String publisherEntity,
			PartialDate published, String url, String note) {

		AddSourceInput {
			kind = (kind != null) ? SourceKind.valueOf(kind).stored() : null;
		}

	}

	/** A new quote for an existing entity, fact or relationship. */
	record AddEvidenceInput(String subject, String source, String quote, String locator, String note) {
	}

	/**
	 * Accepting a proposal. A candidate for a new entity needs {@code entityId} and
	 * {@code nameEn}; {@code kind}, {@code name}, {@code type}, {@code from}, {@code to}
	 * and {@code key} correct what was proposed (the proposal is then CORRECTED). A fact
	 * needs a {@code factKey} when the proposal's is no fact key (a date's); a
	 * {@code factKey} or {@code subject} other than the proposal's corrects it.
	 */
	record AcceptProposalInput(String id, String entityId, String kind, String name, String nameEn, String type,
			String from, String to, String key, String factKey, String subject, String note) {

		/**
		 * An acceptance as proposed, without corrections: what a bulk acceptance does.
		 */
		static AcceptProposalInput asProposed(String id) {
			return new AcceptProposalInput(id, null, null, null, null, null, null, null, null, null, null, null);
		}

		boolean corrected() {
			return this.kind != null || this.name != null || this.type != null || this.from != null || this.to != null
					|| this.key != null;
		}

	}

	/** Rejecting a proposal, and why. */
	record RejectProposalInput(String id, String reason) {
	}

	/** A candidate for a new entity that is an entity of the graph. */
	record MergeCandidateInput(String id, String into, Boolean addAlias) {
	}

	/**
	 * Whether an update input names the field at all (with a value, or null to clear it).
	 */
	static boolean given(ArgumentValue<?> value) {
		return value != null && !value.isOmitted();
	}

}
