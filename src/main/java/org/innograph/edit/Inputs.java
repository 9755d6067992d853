package org.innograph.edit;

import java.util.List;

/** The GraphQL input types of the editing mutations, bound with {@code @Argument}. */
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
			List<String> aliases, String code, Text description, String date, String validFrom, String validTo,
			String status, String note, List<EvidenceInput> evidence) {
	}

	/** Changes to an entity: absent fields stay as they are; an empty string clears a text field. */
	record UpdateEntityInput(String id, Integer expectedVersion, String type, Text name, List<String> acronyms,
			List<String> aliases, String code, Text description, String date, String validFrom, String validTo,
			String status, String note) {
	}

	/** A new relationship; at least one evidence record. */
	record CreateRelationshipInput(String type, String from, String to, String key, String role, Text roleLabel,
			String status, String validFrom, String validTo, AmountInput amount, String note, String basis,
			List<EvidenceInput> evidence) {
	}

	/** Changes to a relationship: absent fields stay as they are; an empty string clears a text field. */
	record UpdateRelationshipInput(String id, Integer expectedVersion, String role, Text roleLabel, String status,
			String validFrom, String validTo, AmountInput amount, String note, String basis) {
	}

	/** Retiring an entity or a relationship. */
	record RetireInput(String id, Integer expectedVersion, String reason, String validTo) {
	}

	/** Several new records written together, or none. */
	record CreateRecordsInput(List<CreateEntityInput> entities, List<CreateRelationshipInput> relationships) {
	}

	/** A new source document. */
	record AddSourceInput(String id, String documentId, String kind, Text title, Text publisher,
			String publisherEntity, String published, String url, String note) {
	}

	/** A new quote for an existing entity, fact or relationship. */
	record AddEvidenceInput(String subject, String source, String quote, String locator, String note) {
	}

}
