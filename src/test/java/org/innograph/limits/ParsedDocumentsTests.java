package org.innograph.limits;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTests {

	private final ParsedDocuments documents = new ParsedDocuments();

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void aDocumentAskedAgainWithOtherVariablesIsParsedOnce() throws Exception {
		String query = "query Q($key: String!) { entity(key: $key) { id } }";
		PreparsedDocumentEntry first = this.documents
			.getDocumentAsync(
					ExecutionInput.newExecutionInput(query).variables(java.util.Map.of("key", "org:kari")).build(),
					this.parse)
			.get();
		PreparsedDocumentEntry second = this.documents
			.getDocumentAsync(
					ExecutionInput.newExecutionInput(query).variables(java.util.Map.of("key", "org:kaist")).build(),
					this.parse)
			.get();
		assertThat(this.parsed).hasValue(1);
		assertThat(second.getDocument()).isSameAs(first.getDocument());
		assertThat(this.documents.valid(query)).containsSame(first.getDocument());
	}

	@Test
	void differentTextsAreDifferentDocuments() throws Exception {
		this.documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ a }").build(), this.parse).get();
		this.documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ b }").build(), this.parse).get();
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void anInvalidDocumentKeepsItsErrorsAndIsNotOfferedAsValid() throws Exception {
		Function<ExecutionInput, PreparsedDocumentEntry> invalid = (input) -> new PreparsedDocumentEntry(
				ValidationError.newValidationError()
					.validationErrorType(ValidationErrorType.FieldUndefined)
					.description("Field 'nope' is undefined")
					.build());
		PreparsedDocumentEntry entry = this.documents
			.getDocumentAsync(ExecutionInput.newExecutionInput("{ nope }").build(), invalid)
			.get();
		assertThat(entry.hasErrors()).isTrue();
		assertThat(this.documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ nope }").build(), this.parse)
			.get()
			.hasErrors()).isTrue();
		assertThat(this.documents.valid("{ nope }")).isEmpty();
	}

}
