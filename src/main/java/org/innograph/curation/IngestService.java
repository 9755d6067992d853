package org.innograph.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.innograph.sources.SourceTexts;

import org.springframework.stereotype.Service;

/**
 * Ingests a document: reads it into numbered lines, runs the pipeline with every entity
 * of the graph as known, keeps the normalised text as {@code <documentId>.txt} in the
 * ingested-texts folder (where the service shows it from, verified by its SHA-256 like
 * the curated sources' texts) and stores the proposals, none of them public. Ingesting
 * the same document again adds nothing.
 */
@Service
public class IngestService {

	private final ProposalStore store;

	private final SourceTexts texts;

	IngestService(ProposalStore store, SourceTexts texts) {
		this.store = store;
		this.texts = texts;
	}

	/** What an ingest did, for the operator. */
	public record Report(String sourceId, String documentId, String sha256, int lines, boolean sourceCreated,
			int mentions, int entities, int relationships, int facts, int proposalsCreated, Path text) {
	}

	public Report ingest(Path file, SourceRecord source) {
		return ingest(DocumentReader.read(file), source);
	}

	public Report ingest(DocumentText read, SourceRecord source) {
		// The text kept is the lines joined by line breaks; its hash is the one recorded,
		// so that the file the service verifies is exactly the one written.
		DocumentText text = DocumentText.of(read.content());
		Proposals proposals = new Curation(this.store.knownEntities()).propose(text, source.published());
		String documentId = source.documentId(text.sha256());
		Path target = this.texts.ingested().resolve(documentId + ".txt");
		boolean wroteText = writeText(target, text);
		try {
			ProposalStore.Written written = this.store.write(source, text, proposals);
			return new Report(source.id(), documentId, text.sha256(), text.lineCount(), written.sourceCreated(),
					proposals.mentions().size(), proposals.entities().size(), proposals.relationships().size(),
					proposals.facts().size(), written.created(), target);
		}
		catch (RuntimeException ex) {
			if (wroteText) {
				// Nothing was registered: the text written for it goes too.
				deleteQuietly(target);
			}
			throw ex;
		}
	}

	/**
	 * Writes the text unless the same text is there already; returns whether it wrote.
	 * Written next to the target and moved into place, so a reader never sees half a
	 * file.
	 */
	private static boolean writeText(Path target, DocumentText text) {
		byte[] bytes = text.content().getBytes(StandardCharsets.UTF_8);
		try {
			if (Files.isRegularFile(target) && SourceTexts.sha256(Files.readAllBytes(target)).equals(text.sha256())) {
				return false;
			}
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), ".ingest-", ".part");
			Files.write(partial, bytes);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the document's text to " + target + ": " + ex.getMessage(),
					ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// The text of an unregistered document is harmless: no source points at it.
		}
	}

}
