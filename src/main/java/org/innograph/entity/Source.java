package org.innograph.entity;

import java.util.Map;

import org.innograph.graph.LocalizedText;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;

/**
 * A document the graph cites; {@code sha256} and {@code lineCount} as recorded for its
 * text file.
 */
public record Source(String id, String documentId, LocalizedText title, LocalizedText publisher,
		String publisherEntityId, PartialDate published, SourceKind kind, String url, String note, String sha256,
		Integer lineCount) {

	public static Source of(Map<String, Object> node) {
		return new Source(Rows.string(node, "id"), Rows.string(node, "documentId"),
				new LocalizedText(Rows.string(node, "titleKo"), Rows.string(node, "titleEn")),
				new LocalizedText(Rows.string(node, "publisherKo"), Rows.string(node, "publisherEn")),
				Rows.string(node, "publisherEntity"), Rows.date(node, "published"),
				SourceKind.ofStored(Rows.string(node, "kind")), Rows.string(node, "url"), Rows.string(node, "note"),
				Rows.string(node, "sha256"), (node.get("lineCount") instanceof Number count) ? count.intValue() : null);
	}

}
