package org.innograph.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the known entities a line names, by any of their names, tolerant of spaces and
 * middle dots inside a name and of particles after it (a name is found inside the word
 * that carries it: 한국항공우주연구원은). Where names overlap, the longest wins, so 대전광역시 is the
 * city, not the region 대전 inside it. Latin names (acronyms) must stand alone (KARI, not
 * inside KARIX); Korean names of one or two syllables must start a word, so that 경남 is
 * not found inside 동경남부.
 */
public final class NameIndex {

	/**
	 * The fewest characters of a name that is looked for: one syllable names too much.
	 */
	static final int MIN_NAME = 2;

	private record Name(String compact, KnownEntity entity, boolean latin) {
	}

	private final List<Name> names = new ArrayList<>();

	public NameIndex(List<KnownEntity> entities) {
		Map<String, KnownEntity> byName = new HashMap<>();
		for (KnownEntity entity : entities) {
			for (String name : entity.names()) {
				String compact = Names.compact(name);
				if (compact.length() < MIN_NAME || byName.containsKey(compact)) {
					// A name two entities share names neither reliably; the first keeps
					// it.
					continue;
				}
				byName.put(compact, entity);
				this.names.add(new Name(compact, entity, Names.isLatin(compact)));
			}
		}
		// Longest first, so that an overlap keeps the longer name.
		this.names.sort(Comparator.comparingInt((Name name) -> name.compact().length()).reversed());
	}

	/** The known entities named on a line, without overlaps, in order of position. */
	public List<Mention> find(int lineNumber, String line) {
		return find(lineNumber, line, Names.Compacted.of(line));
	}

	/** As {@link #find(int, String)}, with the line compacted already. */
	List<Mention> find(int lineNumber, String line, Names.Compacted compacted) {
		String text = compacted.text();
		List<Mention> found = new ArrayList<>();
		boolean[] taken = new boolean[text.length()];
		for (Name name : this.names) {
			int from = 0;
			int at;
			while ((at = text.indexOf(name.compact(), from)) >= 0) {
				from = at + 1;
				int end = at + name.compact().length();
				int start = compacted.start(at);
				int stop = compacted.end(end);
				if (!standsAlone(name, line, start, stop) || anyTaken(taken, at, end)) {
					continue;
				}
				for (int i = at; i < end; i++) {
					taken[i] = true;
				}
				found.add(new Mention(name.entity().id(), name.entity().kind(), line.substring(start, stop), lineNumber,
						start, stop));
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return found;
	}

	private static boolean standsAlone(Name name, String text, int at, int end) {
		if (name.latin()) {
			return (at == 0 || !Names.latin(text.charAt(at - 1)))
					&& (end == text.length() || !Names.latin(text.charAt(end)));
		}
		if (name.compact().length() <= 2) {
			return at == 0 || !Names.hangul(text.charAt(at - 1));
		}
		return true;
	}

	private static boolean anyTaken(boolean[] taken, int from, int to) {
		for (int i = from; i < to; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

}
