package org.innograph.entity;

import java.util.List;

import org.innograph.api.WebProperties;

/**
 * Ready-to-paste citations of a relationship for journalists: what, between whom, since
 * when, and the first source with its publisher, date, locators and quotes, then a
 * permalink. A list item is cited with the heading that gives it meaning, so every quote
 * the record holds from that source is given (up to three), each with its line.
 */
final class Citations {

	/** Quotes of the first source given in a citation; more are counted, not quoted. */
	private static final int MAX_QUOTES = 3;

	private Citations() {
	}

	static String cite(Relationship rel, List<Evidence> evidence, boolean korean, WebProperties web) {
		StringBuilder text = new StringBuilder();
		String from = rel.from().name().in(korean);
		String to = rel.to().name().in(korean);
		if (korean) {
			text.append(from).append(" — ").append(to).append(": ").append(rel.type().labelKo());
			if (rel.role() != null && rel.roleLabel() != null) {
				text.append(" (").append(rel.roleLabel().in(true)).append(")");
			}
			if (rel.validFrom() != null) {
				text.append(", ").append(rel.validFrom().text()).append("부터");
			}
		}
		else {
			text.append(from).append(' ').append(rel.type().labelEn()).append(' ').append(to);
			if (rel.roleLabel() != null) {
				text.append(" (").append(rel.roleLabel().in(false)).append(")");
			}
			if (rel.validFrom() != null) {
				text.append(", since ").append(rel.validFrom().text());
			}
		}
		text.append(". ");
		if (!evidence.isEmpty()) {
			Evidence first = evidence.get(0);
			Source source = first.source();
			text.append(korean ? "출처: " : "Source: ")
				.append(source.publisher().in(korean))
				.append(", \u201C")
				.append(source.title().in(korean))
				.append("\u201D, ")
				.append(source.published().text())
				.append(", ");
			List<Evidence> cited = evidence.stream()
				.filter((item) -> item.source().id().equals(source.id()))
				.limit(MAX_QUOTES)
				.toList();
			for (int i = 0; i < cited.size(); i++) {
				text.append((i == 0) ? "" : " \u2026 ")
					.append(cited.get(i).locator())
					.append(": \u201C")
					.append(cited.get(i).quote().strip())
					.append("\u201D");
			}
			text.append(". ");
			if (evidence.size() > 1) {
				text.append(
						korean ? "(근거 " + evidence.size() + "건) " : "(" + evidence.size() + " pieces of evidence) ");
			}
		}
		text.append(web.permalink(rel.id()));
		return text.toString();
	}

}
