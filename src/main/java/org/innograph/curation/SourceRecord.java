package org.innograph.curation;

import java.util.regex.Pattern;

import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;

/**
 * What the operator or editor says about a document being ingested: its source id
 * ({@code doc:NNN}), titles and publishers (the English ones may be absent: the Korean is
 * then shown for both, and the source's note says so), publication date, kind and
 * address.
 */
public record SourceRecord(String id, String titleKo, String titleEn, String publisherKo, String publisherEn,
		PartialDate published, SourceKind kind, String url) {

	private static final Pattern SOURCE_ID = Pattern.compile("^doc:\\d{3}$");

	/** The longest title, publisher or address taken. */
	static final int MAX_TEXT = 300;

	/**
	 * A record whose every part is checked; {@link IllegalArgumentException} names the
	 * first part that is not right (by its command-line option name).
	 */
	public static SourceRecord checked(String id, String titleKo, String titleEn, String publisherKo,
			String publisherEn, PartialDate published, SourceKind kind, String url) {
		if (id == null || !SOURCE_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("--id must be doc:NNN (three digits)");
		}
		if (published == null) {
			throw new IllegalArgumentException("--published is required");
		}
		if (url != null && (url.length() > MAX_TEXT || !url.matches("^https?://\\S+$"))) {
			throw new IllegalArgumentException(
					"--url must be an http(s) address of at most " + MAX_TEXT + " characters");
		}
		return new SourceRecord(id, text(titleKo, "title", true), text(titleEn, "title-en", false),
				text(publisherKo, "publisher", true), text(publisherEn, "publisher-en", false), published,
				(kind != null) ? kind : SourceKind.PRESS_RELEASE, url);
	}

	private static String text(String value, String name, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new IllegalArgumentException("--" + name + " is required");
			}
			return null;
		}
		if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(
					"--" + name + " must be one line of at most " + MAX_TEXT + " characters");
		}
		return value.strip();
	}

	/** The file id of the document's text: the source's number and its hash's start. */
	public String documentId(String sha256) {
		return this.id.substring("doc:".length()) + "_" + sha256.substring(0, 16);
	}

}
