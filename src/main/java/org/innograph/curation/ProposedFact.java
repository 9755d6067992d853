package org.innograph.curation;

import org.innograph.graph.Amount;
import org.innograph.graph.Basis;
import org.innograph.graph.PartialDate;

/**
 * A date or an amount a document states, with the words that state it ({@code text}, at
 * {@code start}–{@code end} of its line), the entity it is most likely about (a known id,
 * {@code new:}name for a candidate, or null) and the sentence quoted for it.
 */
public record ProposedFact(String key, PartialDate date, Amount amount, String text, int line, int start, int end,
		String subject, Basis basis, String quote, double confidence) {

	/** Whether the fact is a date (else an amount). */
	public boolean isDate() {
		return this.date != null;
	}

}
