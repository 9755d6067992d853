package org.innograph.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.api.ApiException;
import org.innograph.graph.SearchWords;

/**
 * What a search text asks, worked out once before any Cypher runs: the text normalised
 * (lower case, single spaces) and without spaces, the codes it may be, its words, and the
 * full-text queries built from them with every operator character escaped, so that user
 * text is only ever text.
 *
 * @param text lower case, single spaces, 1 to {@value #MAX_LENGTH} characters
 * @param compact the text without spaces ({@code 우주 산업} is {@code 우주산업})
 * @param codes the codes the text may be: itself, and the number in {@code No.23},
 * {@code no 23}, {@code 23번}, {@code 제23호}
 * @param words the text's words (see {@link SearchWords})
 */
record SearchQuery(String text, String compact, List<String> codes, List<String> words) {

	static final int MAX_LENGTH = 100;

	/**
	 * Korean particles that follow a name ({@code 천문연의}, {@code 산업통상자원부가}). Nori drops
	 * particles after the words of its dictionary, but after a short name it does not
	 * know it cuts {@code 천문/연의}; the particles are a small closed class, listed here
	 * longest first.
	 */
	static final List<String> PARTICLES = List.of("에서는", "에게서", "으로서", "으로써", "에서", "에게", "께서", "으로", "로서", "로써", "까지",
			"부터", "이나", "이랑", "하고", "처럼", "보다", "마다", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도", "만",
			"나", "랑");

	/** A council number or a plan code, with the ways people write a number around it. */
	private static final Pattern CODE = Pattern.compile("^(?:no\\.?\\s*|제\\s*)?(\\d+(?:[-.]\\d+)*)\\s*(?:번|호)?$");

	/** Empty or too long is a bad request, before any Cypher runs. */
	static SearchQuery of(String raw) {
		String text = (raw != null) ? raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : "";
		if (text.isEmpty()) {
			throw ApiException.badRequest("'text' must not be empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw ApiException.badRequest("'text' may be at most " + MAX_LENGTH + " characters");
		}
		Set<String> codes = new LinkedHashSet<>();
		codes.add(text);
		Matcher code = CODE.matcher(text);
		if (code.matches()) {
			codes.add(code.group(1));
		}
		return new SearchQuery(text, text.replace(" ", ""), List.copyOf(codes), SearchWords.of(text));
	}

	/**
	 * The texts whose occurrence in a name makes an entity a candidate: the text, the
	 * text without spaces, and the text without a particle at its end.
	 */
	List<String> fragments() {
		Set<String> fragments = new LinkedHashSet<>(List.of(this.text, this.compact));
		String stem = withoutParticle();
		if (stem != null) {
			fragments.add(stem);
		}
		return List.copyOf(fragments);
	}

	/** The longest fragment the index of the names' pieces holds: two characters. */
	static final int MAX_GRAM = 2;

	/**
	 * The {@link #fragments} of three characters or more, which the text index finds
	 * inside names from its trigrams.
	 */
	List<String> substringFragments() {
		return fragments().stream().filter((fragment) -> characterCount(fragment) > MAX_GRAM).toList();
	}

	/**
	 * The {@link #fragments} of one or two characters, each a term query on the index of
	 * the pieces of names ({@code SearchNames.grams}): the text index has no trigram for
	 * them and would read all of its terms.
	 */
	List<String> gramKeys() {
		return fragments().stream()
			.filter((fragment) -> characterCount(fragment) <= MAX_GRAM)
			.map((fragment) -> "\"" + escape(fragment) + "\"")
			.toList();
	}

	/** Characters as {@code SearchNames.grams} counts them: code points. */
	private static int characterCount(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * The query on the keyword index of whole names for the names equal to the text: the
	 * text, the text without spaces and the text without a particle, each one term.
	 */
	String exactKeys() {
		Set<String> keys = new LinkedHashSet<>(List.of(this.text, this.compact));
		String stem = withoutParticle();
		if (stem != null) {
			keys.add(stem);
		}
		StringBuilder query = new StringBuilder();
		for (String key : keys) {
			query.append(query.isEmpty() ? "\"" : " OR \"").append(escape(key)).append('"');
		}
		return query.toString();
	}

	/**
	 * The query on the keyword index of whole names for the names that start with the
	 * text, as written or without its spaces: a prefix query, spaces escaped so that they
	 * stay inside the term.
	 */
	String prefixKeys() {
		Set<String> keys = new LinkedHashSet<>(List.of(this.text, this.compact));
		StringBuilder query = new StringBuilder();
		for (String key : keys) {
			query.append(query.isEmpty() ? "" : " OR ").append(escape(key).replace(" ", "\\ ")).append('*');
		}
		return query.toString();
	}

	/**
	 * The Korean text without the particle it ends with (at least two characters left),
	 * or null.
	 */
	String withoutParticle() {
		if (!korean()) {
			return null;
		}
		for (String particle : PARTICLES) {
			if (this.text.endsWith(particle) && this.text.length() - particle.length() >= 2) {
				return this.text.substring(0, this.text.length() - particle.length()).strip();
			}
		}
		return null;
	}

	/**
	 * True when {@code rest}, what follows a name in the text, is a particle or nothing
	 * Nori calls a word.
	 */
	static boolean isParticle(String rest) {
		return PARTICLES.contains(rest) || SearchWords.of(rest).isEmpty();
	}

	/**
	 * The full-text query on the names' words: every word required, or null when the text
	 * has none.
	 */
	String wordQuery() {
		if (this.words.isEmpty()) {
			return null;
		}
		StringBuilder query = new StringBuilder();
		for (String word : this.words) {
			query.append(query.isEmpty() ? "+" : " +").append(escape(word));
		}
		return query.toString();
	}

	/**
	 * The query on the {@code cjk} names index: every space-separated word of the text
	 * required, each as a phrase of its syllable pairs (the fairest use of that analyser
	 * for word matching, measured against Nori); null for one character.
	 */
	String cjkWordQuery() {
		if (this.compact.length() < 2) {
			return null;
		}
		StringBuilder query = new StringBuilder();
		for (String word : this.text.split(" ")) {
			query.append(query.isEmpty() ? "+\"" : " +\"").append(escape(word)).append('"');
		}
		return query.toString();
	}

	/**
	 * The phrase query on descriptions, facts and quotes: the text in order, as written
	 * and without its spaces; null for one character, which the {@code cjk} analyser
	 * cannot match.
	 */
	String phrase() {
		if (this.compact.length() < 2) {
			return null;
		}
		String phrase = "\"" + escape(this.text) + "\"";
		return this.compact.equals(this.text) ? phrase : phrase + " OR \"" + escape(this.compact) + "\"";
	}

	/**
	 * True when the text is Korean: a syllable may then match inside a word (Korean
	 * writes compounds without spaces); Latin letters and digits match only whole words.
	 */
	boolean korean() {
		return this.text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	/**
	 * Lucene's operator characters escaped; inside a phrase only the quote and backslash
	 * matter, but escaping all is harmless.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
