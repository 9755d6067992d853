package org.innograph.curation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.innograph.sources.SourceLine;
import org.innograph.sources.SourceTexts;

/**
 * A document's normalised text: numbered lines (line {@code n} is
 * {@code lines.get(n - 1)}, as locators {@code Ln} count) and the SHA-256 of the UTF-8
 * text they were read from.
 */
public record DocumentText(List<String> lines, String sha256) {

	public DocumentText {
		lines = List.copyOf(lines);
	}

	/**
	 * The lines of a text as the source texts count them: split at every line break, no
	 * empty line after a final break.
	 */
	public static DocumentText of(String content) {
		String[] split = content.split("\\r?\\n|\\r", -1);
		int count = (content.endsWith("\n") || content.endsWith("\r")) ? split.length - 1 : split.length;
		return new DocumentText(List.of(split).subList(0, Math.max(0, count)),
				SourceTexts.sha256(content.getBytes(StandardCharsets.UTF_8)));
	}

	public int lineCount() {
		return this.lines.size();
	}

	public SourceLine line(int number) {
		return new SourceLine(number, this.lines.get(number - 1));
	}

	/** The text as stored: the lines joined by line breaks, with a final break. */
	public String content() {
		return this.lines.isEmpty() ? "" : String.join("\n", this.lines) + "\n";
	}

}
