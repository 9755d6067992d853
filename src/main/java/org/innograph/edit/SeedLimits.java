package org.innograph.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The lengths, counts, patterns and value lists the seed's JSON Schema states, read from
 * the schema itself: one place for the limits, so that a record an editor may write is
 * always a record the seed may hold, and the reverse.
 */
final class SeedLimits {

	/**
	 * The schema on the classpath (the build copies {@code graph-seed/} into the jar).
	 */
	static final String SCHEMA_RESOURCE = "graph-seed/schema/seed-file.schema.json";

	private static final JsonNode SCHEMA = load();

	private SeedLimits() {
	}

	/**
	 * {@code maxLength} of the schema element at the JSON pointer, e.g.
	 * {@code /$defs/shortText}.
	 */
	static int maxLength(String pointer) {
		return number(pointer, "maxLength");
	}

	/** {@code minLength} of the schema element at the JSON pointer. */
	static int minLength(String pointer) {
		return number(pointer, "minLength");
	}

	/**
	 * {@code maxItems} of the schema element at the JSON pointer, e.g.
	 * {@code /$defs/entity/properties/aliases}.
	 */
	static int maxItems(String pointer) {
		return number(pointer, "maxItems");
	}

	/**
	 * {@code pattern} of the schema element at the JSON pointer, as a Java pattern (the
	 * syntax they share).
	 */
	static Pattern pattern(String pointer) {
		JsonNode value = SCHEMA.at(pointer).path("pattern");
		if (!value.isString()) {
			throw new IllegalStateException(SCHEMA_RESOURCE + " has no pattern at " + pointer);
		}
		return Pattern.compile(value.asString());
	}

	/** {@code enum} of the schema element at the JSON pointer. */
	static Set<String> values(String pointer) {
		JsonNode value = SCHEMA.at(pointer).path("enum");
		if (!value.isArray() || value.isEmpty()) {
			throw new IllegalStateException(SCHEMA_RESOURCE + " has no enum at " + pointer);
		}
		Set<String> values = new LinkedHashSet<>();
		value.forEach((item) -> values.add(item.asString()));
		return Set.copyOf(values);
	}

	private static int number(String pointer, String keyword) {
		JsonNode value = SCHEMA.at(pointer).path(keyword);
		if (!value.isInt()) {
			// A renamed definition must fail at startup, not turn a limit into 0.
			throw new IllegalStateException(SCHEMA_RESOURCE + " has no " + keyword + " at " + pointer);
		}
		return value.intValue();
	}

	private static JsonNode load() {
		try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The seed schema " + SCHEMA_RESOURCE + " is not on the classpath", ex);
		}
	}

}
