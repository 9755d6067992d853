package org.innograph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a Korean or English text for word matching, by Lucene's Korean analyser
 * (Nori): compounds split into their words ({@code 우주산업클러스터} and {@code 우주 산업 클러스터} both
 * give 우주, 산업, 클러스터), particles and endings dropped ({@code 한국항공우주연구원은}), Latin words
 * whole and in lower case (so {@code mou} never matches inside {@code autonomous}). The
 * application tokenises, not the database: names when they are written
 * ({@code nameWords}, indexed by a plain whitespace analyser) and the text of a query
 * when it is read, so an external Neo4j server needs no analyser plugin.
 */
public final class SearchWords {

	/**
	 * Particles (J…) and verb endings (E…) carry grammar, not meaning; everything else is
	 * kept, unlike Nori's default, which also drops single nouns such as 부 and 연 that
	 * short names are made of.
	 */
	private static final Set<POS.Tag> DROPPED = dropped();

	private static final Analyzer ANALYZER = new KoreanAnalyzer(null, DecompoundMode.DISCARD, DROPPED, false);

	/** The most words of one text that are kept: a bound on what one query asks. */
	public static final int MAX_WORDS = 32;

	private SearchWords() {
	}

	/** The words of {@code text}, lower case, each once, in order; null gives none. */
	public static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && words.size() < MAX_WORDS) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(words);
	}

	/**
	 * The words of every name, each once, joined by spaces: the stored {@code nameWords}
	 * property.
	 */
	public static String ofNames(List<String> names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			words.addAll(of(name));
		}
		return String.join(" ", new ArrayList<>(words));
	}

	private static Set<POS.Tag> dropped() {
		Set<POS.Tag> tags = EnumSet.noneOf(POS.Tag.class);
		for (POS.Tag tag : POS.Tag.values()) {
			if (tag.name().startsWith("J") || tag.name().startsWith("E")) {
				tags.add(tag);
			}
		}
		return tags;
	}

}
