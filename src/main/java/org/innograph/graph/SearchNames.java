package org.innograph.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every name an entity is known by, in lower case, for exact-match look-ups and the
 * search text: the Korean and English names, acronyms and aliases, and each name without
 * its spaces. One rule for the seed and for edits, so an edited entity is found by the
 * same words as before.
 */
public final class SearchNames {

	private SearchNames() {
	}

	/**
	 * The names, lower case, without duplicates, in the order given; nulls are skipped.
	 */
	public static List<String> of(String nameKo, String nameEn, List<String> acronyms, List<String> aliases) {
		List<String> all = new ArrayList<>();
		all.add(nameKo);
		all.add(nameEn);
		all.addAll((acronyms != null) ? acronyms : List.of());
		all.addAll((aliases != null) ? aliases : List.of());
		Set<String> names = new LinkedHashSet<>();
		for (String name : all) {
			if (name == null) {
				continue;
			}
			String lower = name.toLowerCase(Locale.ROOT);
			names.add(lower);
			// People type "우주산업클러스터" for "우주산업 클러스터" and the reverse.
			if (lower.contains(" ")) {
				names.add(lower.replace(" ", ""));
			}
		}
		return List.copyOf(names);
	}

	/** The names joined by spaces: the property the search indexes cover. */
	public static String searchText(List<String> names) {
		return String.join(" ", names);
	}

	/**
	 * Every piece of one or two characters of the names that holds no space, once each,
	 * in the order they first occur: each character, then each pair of neighbours, name
	 * by name. An entity's {@link #searchText} contains a text of one or two characters
	 * without spaces exactly when it is among these (the names keep a spaceless copy of
	 * each name with spaces, so a pair across a space is here too). The text index
	 * answers a substring of three characters or more from its trigrams, but one or two
	 * (the one- and two-syllable search) only by reading all of its terms; a keyword
	 * index over this list answers them with one term. A character is a code point, so
	 * one outside the Basic Multilingual Plane is one too.
	 */
	public static List<String> grams(List<String> names) {
		Set<String> grams = new LinkedHashSet<>();
		for (String name : names) {
			int[] points = name.codePoints().toArray();
			for (int i = 0; i < points.length; i++) {
				if (Character.isWhitespace(points[i])) {
					continue;
				}
				grams.add(Character.toString(points[i]));
				if (i + 1 < points.length && !Character.isWhitespace(points[i + 1])) {
					grams.add(new String(points, i, 2));
				}
			}
		}
		return List.copyOf(grams);
	}

}
