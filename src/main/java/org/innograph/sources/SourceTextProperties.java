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
 */
@ConfigurationProperties("innograph.sources")
public record SourceTextProperties(@DefaultValue("../shared/sources") String texts) {
}
