package org.innograph.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fact keys of the seed in Korean and English words ({@code budgetNational} → 국비 /
 * National budget), read from {@code vocabulary/fact-keys.tsv}: the same words the
 * explorer shows beside a fact, so a time-line label never shows a stored key. They are
 * also the keys an editor may give a new fact: a key without words would reach readers as
 * a code.
 */
public final class FactKeyWords {

	static final String RESOURCE = "/vocabulary/fact-keys.tsv";

	private static final Map<String, LocalizedText> WORDS = read();

	private FactKeyWords() {
	}

	/** The words of a key, or null when the vocabulary has none. */
	public static LocalizedText of(String key) {
		return (key != null) ? WORDS.get(key) : null;
	}

	/** Every key with its words, in the file's order. */
	public static Map<String, LocalizedText> all() {
		return WORDS;
	}

	private static Map<String, LocalizedText> read() {
		Map<String, LocalizedText> words = new LinkedHashMap<>();
		try (InputStream in = FactKeyWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length != 3) {
					throw new IllegalStateException(
							RESOURCE + ": expected key, Korean and English, got '" + line + "'");
				}
				words.put(parts[0], new LocalizedText(parts[1], parts[2]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(words);
	}

}
