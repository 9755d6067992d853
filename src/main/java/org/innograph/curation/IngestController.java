package org.innograph.curation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.innograph.api.ApiException;
import org.innograph.api.ErrorCode;
import org.innograph.entity.EntityReads;
import org.innograph.entity.Source;
import org.innograph.graph.PartialDate;
import org.innograph.graph.SourceKind;
import org.innograph.security.Editors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code ingestDocument}: the {@code ingest} command for editors, over GraphQL, for a
 * document's plain text (the request body limit bounds its size).
 */
@Controller
class IngestController {

	/** The most lines a text sent over GraphQL may have. */
	static final int MAX_LINES = 20_000;

	record IngestDocumentInput(String id, String title, String titleEn, String publisher, String publisherEn,
			PartialDate published, SourceKind kind, String url, String text) {
	}

	record IngestPayload(Source source, int mentions, int entities, int relationships, int facts,
			int proposalsCreated) {
	}

	private final IngestService service;

	private final EntityReads reads;

	IngestController(IngestService service, EntityReads reads) {
		this.service = service;
		this.reads = reads;
	}

	@PreAuthorize(Editors.EDITOR)
	@MutationMapping
	IngestPayload ingestDocument(@Argument IngestDocumentInput input) {
		SourceRecord source;
		try {
			source = SourceRecord.checked(input.id(), input.title(), input.titleEn(), input.publisher(),
					input.publisherEn(), input.published(), input.kind(), input.url());
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest(ex.getMessage()
				.replace("--title-en", "titleEn")
				.replace("--publisher-en", "publisherEn")
				.replace("--", ""));
		}
		if (input.text() == null || input.text().isBlank()) {
			throw ApiException.badRequest("text is empty");
		}
		if (input.text().chars().anyMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
			throw ApiException.badRequest("text has control characters other than tabs and line breaks");
		}
		DocumentText text = DocumentText.of(input.text());
		if (text.lineCount() > MAX_LINES) {
			throw ApiException.badRequest("text has more than " + MAX_LINES + " lines");
		}
		IngestService.Report report;
		try {
			report = this.service.ingest(DocumentReader.read(input.text().getBytes(StandardCharsets.UTF_8),
					DocumentReader.Format.TEXT, source.id()), source);
		}
		catch (ProposalStore.DocumentConflictException ex) {
			throw new ApiException(ErrorCode.CONFLICT, ex.getMessage());
		}
		return new IngestPayload(this.reads.sources(List.of(source.id())).get(source.id()), report.mentions(),
				report.entities(), report.relationships(), report.facts(), report.proposalsCreated());
	}

}
