package org.innograph.search;

/**
 * How the words of a query are matched to the words of names: the choice the search
 * quality set measured (docs/search.md).
 */
enum WordMatching {

	/**
	 * Words cut by Lucene's Korean analyser (Nori) in the application, matched in the
	 * {@code entity_name_words} index; every word of the text must be a word of the name.
	 * The default: it measured better.
	 */
	NORI,

	/**
	 * The syllable pairs of Neo4j's {@code cjk} analyser in the {@code entity_names}
	 * index, the text as a phrase: what search did before, kept to compare.
	 */
	CJK

}
