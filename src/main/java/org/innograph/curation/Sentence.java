package org.innograph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of one line: its span in the line (a claim's quote is this span, verbatim).
 * A line holds one or more sentences; a sentence that runs on to the next line is read as
 * the part on each line, so that every quote stays on one line and its locator is exact.
 */
record Sentence(int line, int start, int end, String text) {

	/**
	 * A sentence ends after 다. or 요. or a full stop that a space or the line end follows.
	 */
	private static final Pattern END = Pattern.compile("(?<=[다요]\\.|[다요]\\.\\s?”|\\.)(?=\\s+\\S)");

	/** The most characters one sentence holds; longer ones are cut at the bound. */
	static final int MAX_LENGTH = 400;

	static List<Sentence> of(int line, String text) {
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		Matcher matcher = END.matcher(text);
		while (matcher.find()) {
			if (text.charAt(matcher.start() - 1) == '.' && matcher.start() >= 2
					&& Character.isDigit(text.charAt(matcher.start() - 2))) {
				// 2023. 10. 19. is a date, not the end of a sentence.
				continue;
			}
			add(sentences, line, text, start, matcher.start());
			start = matcher.start();
		}
		add(sentences, line, text, start, text.length());
		return sentences;
	}

	private static void add(List<Sentence> sentences, int line, String text, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		while (end - start > MAX_LENGTH) {
			sentences.add(new Sentence(line, start, start + MAX_LENGTH, text.substring(start, start + MAX_LENGTH)));
			start += MAX_LENGTH;
		}
		if (end > start) {
			sentences.add(new Sentence(line, start, end, text.substring(start, end)));
		}
	}

	boolean contains(Mention mention) {
		return mention.line() == this.line && mention.start() >= this.start && mention.end() <= this.end;
	}

}
