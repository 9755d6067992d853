package org.innograph.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.innograph.graph.EntityKind;
import org.innograph.graph.PartialDate;
import org.innograph.graph.RelationshipIds;

/**
 * The checks an input passes before any write: field by field with {@link Rules} (the
 * seed's own rules), each problem reported against its field path
 * ({@code relationships[2].evidence[0].source}).
 */
final class InputChecks {

	private InputChecks() {
	}

	static String path(boolean batch, String list, int index) {
		return batch ? list + "[" + index + "]." : "";
	}

	static void checkEntity(Inputs.CreateEntityInput in, String prefix, FieldErrors errors) {
		if (in == null) {
			errors.add(prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1), "is empty");
			return;
		}
		EntityKind kind = Rules.entityKind(in.kind(), prefix + "kind", errors);
		Rules.entityId(in.id(), kind, prefix + "id", errors);
		Rules.pattern(in.type(), Rules.SLUG, Rules.SLUG_LENGTH, prefix + "type", "lower-case words joined by '-'",
				errors);
		Rules.name(in.name(), prefix + "name", errors);
		Rules.acronyms(in.acronyms(), prefix + "acronyms", errors);
		Rules.aliases(in.aliases(), prefix + "aliases", errors);
		Rules.text(in.code(), Rules.CODE, prefix + "code", errors);
		Rules.optionalText(in.description(), Rules.LONG, Rules.Lines.MANY, false, prefix + "description", errors);
		Rules.period(in.validFrom(), in.validTo(), prefix + "validTo", errors);
		Rules.status(in.status(), prefix + "status", errors);
		Rules.longText(in.note(), prefix + "note", errors);
		Rules.evidence(in.evidence(), true, prefix + "evidence", errors);
		duplicateEvidence(in.id(), in.evidence(), prefix + "evidence", errors);
	}

	static void checkRelationship(Inputs.CreateRelationshipInput in, String prefix, FieldErrors errors) {
		if (in == null) {
			errors.add(prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1), "is empty");
			return;
		}
		Rules.relationshipType(in.type(), prefix + "type", errors);
		Rules.entityId(in.from(), null, prefix + "from", errors);
		Rules.entityId(in.to(), null, prefix + "to", errors);
		if (in.from() != null && in.from().equals(in.to())) {
			errors.add(prefix + "to", "a relationship from an entity to itself says nothing");
		}
		Rules.pattern(in.key(), Rules.KEY, Rules.SLUG_LENGTH, prefix + "key",
				"lower case letters, digits, '.', '_' or '-'", errors);
		Rules.pattern(in.role(), Rules.SLUG, Rules.SLUG_LENGTH, prefix + "role", "lower-case words joined by '-'",
				errors);
		Rules.optionalText(in.roleLabel(), Rules.SHORT, Rules.Lines.ONE, true, prefix + "roleLabel", errors);
		Rules.status(in.status(), prefix + "status", errors);
		Rules.period(in.validFrom(), in.validTo(), prefix + "validTo", errors);
		Rules.amount(in.amount(), prefix + "amount", errors);
		Rules.longText(in.note(), prefix + "note", errors);
		BasisRule.check(in.basis(), in.status(), in.note(), true, prefix, errors);
		Rules.evidence(in.evidence(), true, prefix + "evidence", errors);
		if (errors.isEmpty()) {
			duplicateEvidence(EditService.relationshipId(in), in.evidence(), prefix + "evidence", errors);
		}
	}

	static void duplicateEvidence(String subject, List<Inputs.EvidenceInput> items, String field, FieldErrors errors) {
		if (items == null) {
			return;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Inputs.EvidenceInput item = items.get(i);
			if (item != null && !ids.add(Records.evidenceId(subject, item.source(), item.locator(), item.quote()))) {
				errors.add(field + "[" + i + "]", "the same quote at the same place is listed twice");
			}
		}
	}

	static void checkSources(ExistingRecords existing, List<Inputs.CreateEntityInput> entities,
			List<Inputs.CreateRelationshipInput> relationships, boolean batch, FieldErrors errors) {
		Set<String> cited = new HashSet<>();
		entities.forEach((e) -> e.evidence().forEach((ev) -> cited.add(ev.source())));
		relationships.forEach((r) -> r.evidence().forEach((ev) -> cited.add(ev.source())));
		Set<String> known = existing.sources(cited);
		for (int i = 0; i < entities.size(); i++) {
			unknownSources(entities.get(i).evidence(), known, path(batch, "entities", i) + "evidence", errors);
		}
		for (int i = 0; i < relationships.size(); i++) {
			unknownSources(relationships.get(i).evidence(), known, path(batch, "relationships", i) + "evidence",
					errors);
		}
	}

	static void unknownSources(List<Inputs.EvidenceInput> items, Set<String> known, String field, FieldErrors errors) {
		for (int i = 0; i < items.size(); i++) {
			if (!known.contains(items.get(i).source())) {
				errors.add(field + "[" + i + "].source", "no source with the id " + items.get(i).source());
			}
		}
	}

	static void checkRetire(Inputs.RetireInput in, boolean relationship) {
		FieldErrors errors = new FieldErrors();
		if (relationship && (in.id() == null || RelationshipIds.parse(in.id()).isEmpty())) {
			errors.add("id", "is not a relationship id (rel:<from>><TYPE>><to>)");
		}
		Rules.required(in.id(), "id", errors);
		if (in.expectedVersion() == null) {
			errors.add("expectedVersion", "is required: the version you read");
		}
		Rules.longText(in.reason(), "reason", errors);
		errors.throwIfAny();
	}

}
