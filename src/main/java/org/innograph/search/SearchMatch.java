package org.innograph.search;

/**
 * How a hit matched, best first: the schema's {@code SearchMatch}. Results are ranked in
 * this order; each label is true of the hit it is on.
 */
enum SearchMatch {

	/** The text is the entity's code (a plan item's {@code 1-1-4}, council No.23). */
	CODE,

	/** A name, acronym or alias equals the text (letter case and spaces aside). */
	EXACT,

	/** A name, acronym or alias starts with the text. */
	PREFIX,

	/**
	 * The words of the text are words of a name (Korean compounds split, particles and
	 * spacing aside).
	 */
	WORD,

	/**
	 * A name contains the text: Korean anywhere, Latin letters and digits only as whole
	 * words.
	 */
	PARTIAL,

	/** The entity's description contains the text. */
	DESCRIPTION,

	/** The text of one of the entity's facts contains it. */
	FACT,

	/** A quote about the entity (or one of its facts) contains it. */
	QUOTE;

	/** True for the matches on a name, acronym, alias or code. */
	boolean onName() {
		return ordinal() <= PARTIAL.ordinal();
	}

}
