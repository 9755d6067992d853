package org.innograph.graph;

/**
 * The language of a generated text: a display string, a unit, a label. Korean is the
 * sources' own language and the default.
 */
public enum Language {

	/** Korean. */
	KO,
	/** English. */
	EN

}
