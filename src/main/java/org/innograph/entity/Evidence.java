package org.innograph.entity;

import java.util.Map;

/**
 * A verbatim quote from a source, and where it is; {@code subject} is what it supports.
 */
public record Evidence(String id, String subject, Source source, String quote, String locator, String note) {

	/**
	 * From a row with {@code ev} (the evidence's properties) and {@code source} (its
	 * source's).
	 */
	public static Evidence of(Map<String, Object> row) {
		Map<String, Object> ev = Rows.map(row, "ev");
		return new Evidence(Rows.string(ev, "id"), Rows.string(ev, "subject"), Source.of(Rows.map(row, "source")),
				Rows.string(ev, "quote"), Rows.string(ev, "locator"), Rows.string(ev, "note"));
	}

}
