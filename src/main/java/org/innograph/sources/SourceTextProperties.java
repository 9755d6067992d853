package org.innograph.sources;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the source documents' texts are.
 *
 * @param texts the folder holding {@code <documentId>.txt} for each source (env
 * {@code INNOGRAPH_SOURCE_TEXTS}); relative to the working directory. The texts are not
 * shipped with the service: without them everything works except reading quotes in their
 * documents.
 * @param ingested the folder where the {@code ingest} command writes the normalised text
 * of a document it registers, and where the service also looks for a source's text (env
 * {@code INNOGRAPH_INGESTED_TEXTS}); it must be writable by whoever runs {@code ingest}.
 */
@ConfigurationProperties("innograph.sources")
public record SourceTextProperties(@DefaultValue("../shared/sources") String texts,
		@DefaultValue("data/documents") String ingested) {
}
