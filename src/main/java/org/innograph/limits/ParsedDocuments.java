package org.innograph.limits;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;

import org.springframework.stereotype.Component;

/**
 * Parsed and validated documents by their text. Front ends and tools send the same few documents over
 * and over with different variables; parsing and validating each time was a tenth of the work of a
 * point look-up. Validation does not depend on variables, and the schema does not change while the
 * application runs, so the text alone is the key. Bounded, least recently used first out.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider {

	private static final int MAX_DOCUMENTS = 1_000;

	private final Cache<String, PreparsedDocumentEntry> entries = Caffeine.newBuilder()
		.maximumSize(MAX_DOCUMENTS)
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture
			.completedFuture(this.entries.get(input.getQuery(), (query) -> parseAndValidate.apply(input)));
	}

	/** The parsed document of a text already asked and found valid, if any. */
	Optional<Document> valid(String query) {
		PreparsedDocumentEntry entry = this.entries.getIfPresent(query);
		return (entry != null && !entry.hasErrors()) ? Optional.of(entry.getDocument()) : Optional.empty();
	}

}
