package org.innograph.sources;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.innograph.api.ApiException;
import org.innograph.api.ArgumentDefaults;
import org.innograph.entity.Evidence;
import org.innograph.entity.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Source.textAvailable}, {@code Source.lines} and {@code Evidence.context}:
 * bounded reads of a verified text.
 */
@Controller
class SourceTextController {

	static final int MAX_LINES = 200;

	static final int MAX_CONTEXT = 20;

	private final SourceTexts texts;

	SourceTextController(SourceTexts texts) {
		this.texts = texts;
	}

	@SchemaMapping(typeName = "Source", field = "textAvailable")
	boolean textAvailable(Source source) {
		return this.texts.of(source).available();
	}

	@SchemaMapping(typeName = "Source", field = "textProblem")
	String textProblem(Source source) {
		return this.texts.of(source).problem();
	}

	@SchemaMapping(typeName = "Source", field = "lines")
	List<SourceLine> lines(Source source, @Argument int from, @Argument int to) {
		if (from < 1) {
			throw ApiException.badRequest("'from' is a line number from 1, was " + from);
		}
		if (to < from) {
			throw ApiException.badRequest("'to' (" + to + ") is before 'from' (" + from + ")");
		}
		if (to - from + 1 > MAX_LINES) {
			throw ApiException.badRequest("at most " + MAX_LINES + " lines per call: 'to' may be at most "
					+ (from + MAX_LINES - 1) + ", was " + to);
		}
		SourceTexts.Availability availability = this.texts.of(source);
		return availability.available() ? availability.text().lines(from, to) : List.of();
	}

	@SchemaMapping(typeName = "Evidence", field = "context")
	QuoteContext context(Evidence evidence, @Argument Integer before, @Argument Integer after,
			DataFetchingEnvironment env) {
		return context(evidence, ArgumentDefaults.orDefault(before, "before", Integer.class, env),
				ArgumentDefaults.orDefault(after, "after", Integer.class, env));
	}

	QuoteContext context(Evidence evidence, int before, int after) {
		if (before < 0 || before > MAX_CONTEXT || after < 0 || after > MAX_CONTEXT) {
			throw ApiException.badRequest(
					"'before' and 'after' are 0 to " + MAX_CONTEXT + " lines, were " + before + " and " + after);
		}
		SourceTexts.Availability availability = this.texts.of(evidence.source());
		return availability.available()
				? availability.text().context(evidence.quote(), evidence.locator(), before, after) : null;
	}

}
