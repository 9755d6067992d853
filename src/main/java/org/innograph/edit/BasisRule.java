package org.innograph.edit;

import java.util.Arrays;

import org.innograph.graph.Basis;

/**
 * The seed's rules for a basis, for edits: one is required on creation, an INFERRED
 * record must say why (its note), and a PLANNED one cannot carry a status saying it
 * happened.
 */
final class BasisRule {

	private BasisRule() {
	}

	/**
	 * Checks the basis a record would have after the change, with the status and note it
	 * would have.
	 */
	static void check(String basis, String status, String note, boolean required, String prefix, FieldErrors errors) {
		if (basis == null || basis.isEmpty()) {
			if (required) {
				errors.add(prefix + "basis", "is required: STATED, PLANNED or INFERRED");
			}
			return;
		}
		if (Arrays.stream(Basis.values()).noneMatch((value) -> value.name().equals(basis))) {
			errors.add(prefix + "basis", "is STATED, PLANNED or INFERRED, was '" + basis + "'");
			return;
		}
		if (Basis.INFERRED.name().equals(basis) && (note == null || note.isBlank())) {
			errors.add(prefix + "note", "is required with basis INFERRED: say why the text implies it");
		}
		if (Basis.PLANNED.name().equals(basis) && status != null && Basis.HAPPENED.contains(status)) {
			errors.add(prefix + "basis", "PLANNED contradicts status " + status + ", which says it happened");
		}
	}

}
