package org.innograph.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of one verified source document, and how a quote is found in them: near its
 * locator's lines, whitespace-tolerant as the seed checks are (a run of spaces, tabs,
 * no-break spaces or a line break in the text matches any run of whitespace in the
 * quote).
 */
public record SourceText(List<String> lines) {

	private static final Pattern LOCATOR_LINES = Pattern.compile("^L(\\d+)(?:-(\\d+))?");

	private static final String WHITESPACE = "[\\s\\u00A0\\u3000]+";

	/**
	 * Lines around a locator that still count as "at the locator" (the seed checks allow
	 * the same).
	 */
	private static final int LINE_SLACK = 1;

	/** How far above a list item to look for its heading. */
	private static final int HEADING_REACH = 80;

	/**
	 * List markers, each a class of its own: circled numbers, bullets and dashes, "1."
	 * and "가." items. A list item's heading is the nearest line above that is not an item
	 * of the same class.
	 */
	private static final List<Pattern> MARKERS = List.of(Pattern.compile("^[\\u2460-\\u2473\\u2776-\\u277F]"),
			Pattern.compile("^\\d{1,2}[.)](?!\\d)"), Pattern.compile("^[가-하][.)]"), Pattern.compile("^\\(\\d{1,2}\\)"),
			Pattern.compile("^\\([가-하]\\)"), Pattern.compile("^▲"), Pattern.compile("^△"), Pattern.compile("^[-–]"),
			Pattern.compile("^○"), Pattern.compile("^□"), Pattern.compile("^■"), Pattern.compile("^[◦ㅇ]"),
			Pattern.compile("^[•·]"), Pattern.compile("^※"), Pattern.compile("^[◇◆]"), Pattern.compile("^[▶▷]"),
			Pattern.compile("^\\*"));

	public SourceText {
		lines = List.copyOf(lines);
	}

	public int lineCount() {
		return this.lines.size();
	}

	/** Lines {@code from} to {@code to}, inclusive, clipped to the document. */
	public List<SourceLine> lines(int from, int to) {
		List<SourceLine> shown = new ArrayList<>();
		for (int n = Math.max(1, from); n <= Math.min(to, this.lines.size()); n++) {
			shown.add(new SourceLine(n, this.lines.get(n - 1)));
		}
		return shown;
	}

	/**
	 * The quote at its locator, with {@code before} and {@code after} lines around it.
	 * Where the quote is not found near its locator, the context is the locator's lines
	 * with no position.
	 */
	public QuoteContext context(String quote, String locator, int before, int after) {
		Matcher located = LOCATOR_LINES.matcher(locator);
		int first = located.find() ? Integer.parseInt(located.group(1)) : 1;
		int last = (located.group(2) != null) ? Integer.parseInt(located.group(2)) : first;
		first = Math.min(Math.max(1, first), this.lines.size());
		last = Math.min(Math.max(first, last), this.lines.size());
		Optional<Found> found = find(quote, first, last);
		int line = found.map(Found::line).orElse(first);
		int endLine = found.map(Found::endLine).orElse(last);
		return new QuoteContext(line, found.map(Found::start).orElse(null), found.map(Found::end).orElse(null),
				lines(line - before, endLine + after), heading(line).orElse(null));
	}

	/** Where a quote starts (line, character) and ends (line, character, exclusive). */
	record Found(int line, int start, int endLine, int end) {
	}

	/**
	 * The quote's first occurrence starting on the locator's lines (or one line either
	 * side).
	 */
	Optional<Found> find(String quote, int first, int last) {
		String[] words = quote.trim().split(WHITESPACE);
		StringBuilder regex = new StringBuilder();
		for (String word : words) {
			if (!regex.isEmpty()) {
				regex.append(WHITESPACE);
			}
			regex.append(Pattern.quote(word));
		}
		Pattern pattern = Pattern.compile(regex.toString());
		List<Integer> starts = new ArrayList<>();
		for (int n = first; n <= last; n++) {
			starts.add(n);
		}
		for (int slack = 1; slack <= LINE_SLACK; slack++) {
			starts.add(first - slack);
			starts.add(last + slack);
		}
		int span = (last - first) + 1 + 2 * LINE_SLACK;
		for (int start : starts) {
			if (start < 1 || start > this.lines.size()) {
				continue;
			}
			int end = Math.min(this.lines.size(), start + span);
			String joined = String.join("\n", this.lines.subList(start - 1, end));
			Matcher matcher = pattern.matcher(joined);
			int firstLineLength = this.lines.get(start - 1).length();
			if (matcher.find() && matcher.start() <= firstLineLength) {
				return Optional.of(position(start, joined, matcher.start(), matcher.end()));
			}
		}
		return Optional.empty();
	}

	private static Found position(int firstLine, String joined, int from, int to) {
		int line = firstLine;
		int lineStart = 0;
		int startLine = firstLine;
		int startColumn = from;
		for (int i = 0; i < to; i++) {
			if (i == from) {
				startLine = line;
				startColumn = i - lineStart;
			}
			if (joined.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Found(startLine, startColumn, line, to - lineStart);
	}

	/**
	 * For a list item: the nearest line above that is not an item of the same kind at the
	 * same depth — a line with another marker or none, or an item indented less (000 L42
	 * " - * ②…" is under L41 "- (협약당사자) …").
	 */
	Optional<SourceLine> heading(int line) {
		String item = this.lines.get(line - 1);
		Optional<Integer> marker = marker(item);
		if (marker.isEmpty()) {
			return Optional.empty();
		}
		int depth = indent(item);
		for (int n = line - 1; n >= Math.max(1, line - HEADING_REACH); n--) {
			String text = this.lines.get(n - 1);
			if (text.isBlank()) {
				continue;
			}
			Optional<Integer> other = marker(text);
			if (other.isEmpty() || !other.equals(marker) || indent(text) < depth) {
				return Optional.of(new SourceLine(n, text));
			}
		}
		return Optional.empty();
	}

	private static int indent(String line) {
		int n = 0;
		while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
			n++;
		}
		return n;
	}

	private static Optional<Integer> marker(String line) {
		String trimmed = line.strip();
		for (int i = 0; i < MARKERS.size(); i++) {
			if (MARKERS.get(i).matcher(trimmed).find()) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

}
