package org.innograph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.graph.EntityKind;

/**
 * Units of a body named by their head's title: 산업기술정책과장 is the head of the 산업기술정책과,
 * 혁신기반단장 of the 혁신기반단, 서울지역본부장 of the 서울지역본부. Korean public documents name divisions,
 * bureaus and teams this way far more often than by their own name, and the body they
 * belong to is written just before (산업부 산업기술정책과장, KIAT 혁신기반단장).
 */
final class Units {

	/**
	 * A title that is a unit's name and 장: a division (과), bureau (국), office (실), group
	 * (단), headquarters (본부), centre (센터) or team (팀), with at least two syllables before
	 * it.
	 */
	static final Pattern UNIT_HEAD = Pattern
		.compile("(?<![가-힣A-Za-z])([가-힣]{2,}?(?:과|국|실|단|본부|센터|팀))장(?=은|는|이|가|을|를|의|과|와|도|님|께서|[^가-힣]|$)");

	private Units() {
	}

	/**
	 * The unit a title word between {@code start} and {@code end} of a line names (the
	 * title must be the whole word), or null.
	 */
	static Mention inTitle(String line, int lineNumber, int start, int end) {
		Matcher matcher = UNIT_HEAD.matcher(line);
		matcher.region(start, line.length());
		matcher.useTransparentBounds(true);
		if (matcher.lookingAt() && matcher.end() == end) {
			return unit(matcher, lineNumber);
		}
		return null;
	}

	/** The units named by heads' titles in a part of a line, in order. */
	static List<Mention> in(String line, int lineNumber, int start, int end) {
		List<Mention> found = new ArrayList<>();
		Matcher matcher = UNIT_HEAD.matcher(line);
		matcher.region(start, end);
		matcher.useTransparentBounds(true);
		while (matcher.find()) {
			found.add(unit(matcher, lineNumber));
		}
		return found;
	}

	private static Mention unit(Matcher matcher, int lineNumber) {
		return new Mention(null, EntityKind.ORGANIZATION, matcher.group(1), lineNumber, matcher.start(1),
				matcher.end(1));
	}

}
