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
	 * Every character of the names but spaces, once each, in the order they first occur:
	 * an entity's {@link #searchText} contains a single character exactly when it is
	 * among these. The text index answers a substring of three characters or more from
	 * its trigrams, but a single one (the one-syllable search) only by reading all of its
	 * terms; a keyword index over this list answers it with one term. A character is a
	 * code point, so a character outside the Basic Multilingual Plane is one too.
	 */
	public static List<String> characters(List<String> names) {
		Set<String> characters = new LinkedHashSet<>();
		for (String name : names) {
			name.codePoints()
				.filter((c) -> !Character.isWhitespace(c))
				.forEach((c) -> characters.add(Character.toString(c)));
		}
		return List.copyOf(characters);
	}

}
