package org.innograph.api;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import org.innograph.graph.Language;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The language a request's display strings default to, from its {@code Accept-Language}:
 * English when the client prefers English to Korean, Korean otherwise (the sources'
 * language). A field's own {@code language} argument overrides it ({@link #of}). Answers
 * say {@code Vary: Accept-Language}, as public reads over GET may be cached.
 */
@Component
public class RequestLanguage implements WebGraphQlInterceptor {

	/** The GraphQL context key of the request's {@link Language}. */
	static final String KEY = RequestLanguage.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Language language = preferred(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(KEY, language);
			return input;
		});
		// The same query answers in another language for another header: caches must
		// tell them apart.
		return chain.next(request).doOnNext((response) -> {
			if (!response.getResponseHeaders().getVary().contains(HttpHeaders.ACCEPT_LANGUAGE)) {
				response.getResponseHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			}
		});
	}

	/**
	 * The language a field answers in: its argument when given, else the request's, else
	 * Korean (a request that did not come over HTTP).
	 */
	public static Language of(Language argument, GraphQLContext context) {
		if (argument != null) {
			return argument;
		}
		return (context != null) ? context.getOrDefault(KEY, Language.KO) : Language.KO;
	}

	/**
	 * The first of English and Korean among the ranges of an {@code Accept-Language}
	 * header, highest weight first; Korean when neither is named, for a wildcard, and for
	 * a header that does not parse.
	 */
	static Language preferred(String header) {
		if (header == null || header.isBlank()) {
			return Language.KO;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return Language.KO;
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0) {
				continue;
			}
			String primary = range.getRange().split("-", 2)[0];
			if (primary.equals("en")) {
				return Language.EN;
			}
			if (primary.equals("ko") || primary.equals("*")) {
				return Language.KO;
			}
		}
		return Language.KO;
	}

}
