package org.innograph.curation;

import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;

/**
 * What the operator says about a document being ingested: its source id
 * ({@code doc:NNN}), titles and publishers (the English ones may be absent: the Korean is
 * then shown for both, and the source's note says so), publication date, kind and
 * address.
 */
public record SourceRecord(String id, String titleKo, String titleEn, String publisherKo, String publisherEn,
		PartialDate published, SourceKind kind, String url) {

	/** The file id of the document's text: the source's number and its hash's start. */
	public String documentId(String sha256) {
		return this.id.substring("doc:".length()) + "_" + sha256.substring(0, 16);
	}

}
