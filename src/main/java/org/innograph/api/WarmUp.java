package org.innograph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import org.innograph.store.RequestTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Asks the service the questions of {@value #QUESTIONS} (the ones readers ask first: the
 * explorer's first page, an entity's page, its neighbours one to three levels deep, a
 * list, a search) on one entity of the graph, each once, as a request would: through the
 * GraphQL interceptors, in one read transaction, with the same statements. The database
 * plans each statement text the first time it meets it, and the JVM compiles the path the
 * answer takes; after a start the first three-level neighbourhood took 5–6 s on a small
 * machine and the same question a moment later 0.1–0.2 s (docs/performance.md). Asked
 * here, that first time is the service's, not a reader's.
 * <p>
 * The questions skip the HTTP filters (no port to find, no rate limit spent) and ask for
 * nothing a reader could not: reads only (the constructor refuses anything else), each a
 * document the filters let through ({@code WarmUpIT}), under the same read timeout. A
 * question that fails is noted in the log and the next one asked; nothing depends on the
 * answers.
 */
public final class WarmUp {

	/** The questions, one named operation each, asked in the order they are written. */
	static final String QUESTIONS = "warm-up/questions.graphql";

	/** The longest one question may take before the next is asked. */
	static final Duration QUESTION_LIMIT = Duration.ofSeconds(60);

	private static final Logger logger = LoggerFactory.getLogger(WarmUp.class);

	private final WebGraphQlHandler handler;

	private final String document;

	/** Each operation's name and the names of its variables, in the document's order. */
	private final Map<String, List<String>> operations = new LinkedHashMap<>();

	private volatile boolean stopped;

	public WarmUp(WebGraphQlHandler handler) {
		this(handler, QUESTIONS);
	}

	/** The questions of another classpath resource: for tests. */
	WarmUp(WebGraphQlHandler handler, String questions) {
		this.handler = handler;
		this.document = read(questions);
		for (OperationDefinition operation : Parser.parse(this.document)
			.getDefinitionsOfType(OperationDefinition.class)) {
			// Asked past the filters that authenticate a writer: reads only.
			if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
				throw new IllegalStateException(questions + " may hold queries only, not " + operation.getName());
			}
			this.operations.put(operation.getName(),
					operation.getVariableDefinitions().stream().map(VariableDefinition::getName).toList());
		}
	}

	/**
	 * What one warm-up did: the operations asked, those answered without an error, and
	 * the first error of each that was not.
	 */
	public record Outcome(List<String> asked, List<String> answered, List<String> problems, Duration took) {
	}

	/**
	 * The questions as they are sent: one document, each asked by its operation's name.
	 */
	String document() {
		return this.document;
	}

	/** The operations, in the order they are asked. */
	List<String> operations() {
		return List.copyOf(this.operations.keySet());
	}

	/**
	 * Asks every question once, on the calling thread. The first, {@code Pick}, finds the
	 * entity the others ask about; on an empty graph only those without one are asked.
	 */
	public Outcome run() {
		long started = System.nanoTime();
		List<String> asked = new ArrayList<>();
		List<String> answered = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<String, Object> variables = new HashMap<>();
		for (Map.Entry<String, List<String>> entry : this.operations.entrySet()) {
			String operation = entry.getKey();
			if (this.stopped) {
				break;
			}
			// Those about an entity wait for Pick to find one.
			if (!variables.keySet().containsAll(entry.getValue())) {
				continue;
			}
			asked.add(operation);
			try {
				WebGraphQlResponse response = ask(operation, variables);
				List<ResponseError> errors = response.getErrors();
				if (errors.isEmpty()) {
					answered.add(operation);
				}
				else {
					problems.add(operation + ": " + errors.get(0).getMessage());
				}
				if ("Pick".equals(operation)) {
					variables.putAll(subject(response));
				}
			}
			catch (RuntimeException ex) {
				problems.add(operation + ": " + ex.getMessage());
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		if (this.stopped) {
			logger.info("Warm-up: stopped with the service after {} questions", asked.size());
		}
		else if (problems.isEmpty()) {
			logger.info("Warm-up: {} questions answered in {} ms", answered.size(), took.toMillis());
		}
		else {
			logger.warn("Warm-up: {} of {} questions answered in {} ms; {}", answered.size(), asked.size(),
					took.toMillis(), String.join("; ", problems));
		}
		return new Outcome(List.copyOf(asked), List.copyOf(answered), List.copyOf(problems), took);
	}

	/** Asks no further question (the service is stopping). */
	void stop() {
		this.stopped = true;
	}

	private WebGraphQlResponse ask(String operation, Map<String, Object> variables) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", this.document);
		body.put("operationName", operation);
		body.put("variables", variables);
		// As DocumentCostFilter marks a query: its reads share one transaction.
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(RequestTransaction.READ_ONLY, Boolean.TRUE);
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, attributes, body, "warm-up-" + operation, Locale.ROOT);
		WebGraphQlResponse response = this.handler.handleRequest(request).block(QUESTION_LIMIT);
		if (response == null) {
			throw new IllegalStateException("no answer");
		}
		return response;
	}

	/**
	 * The entity {@code Pick} found, as the variables of the questions about it: its id,
	 * the first one and two syllables of its Korean name (a name of one syllable gives
	 * that syllable twice) and the first word of its English one, for the three kinds of
	 * search, and the id of the second entity found ({@code other}), when there is one,
	 * for the path questions. None when the graph has no entity.
	 */
	static Map<String, Object> subject(WebGraphQlResponse response) {
		Map<String, Object> data = response.getData();
		if (!(data != null && data.get("entities") instanceof Map<?, ?> entities
				&& entities.get("nodes") instanceof List<?> nodes && !nodes.isEmpty()
				&& nodes.get(0) instanceof Map<?, ?> entity && entity.get("id") instanceof String id)) {
			return Map.of();
		}
		Map<?, ?> name = (entity.get("name") instanceof Map<?, ?> map) ? map : Map.of();
		String korean = (name.get("ko") instanceof String ko && !ko.isBlank()) ? ko.strip() : "연구";
		String english = (name.get("en") instanceof String en && !en.isBlank()) ? en.strip().split("\\s+")[0]
				: "research";
		String syllable = korean.substring(0, korean.offsetByCodePoints(0, 1));
		String syllables = (korean.codePointCount(0, korean.length()) >= 2)
				? korean.substring(0, korean.offsetByCodePoints(0, 2)) : syllable + syllable;
		Map<String, Object> subject = new HashMap<>(
				Map.of("key", id, "syllable", syllable, "syllables", syllables, "word", english));
		// A second entity, for the question of how two are linked.
		if (nodes.size() > 1 && nodes.get(1) instanceof Map<?, ?> second && second.get("id") instanceof String other
				&& !other.equals(id)) {
			subject.put("other", other);
		}
		return subject;
	}

	private static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
