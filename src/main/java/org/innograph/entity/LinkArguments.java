package org.innograph.entity;

import java.util.List;
import java.util.Map;

import org.innograph.graph.PartialDate;

/**
 * The arguments of an entity's {@code relationships} or {@code neighbors} field as
 * graphql-java has coerced and checked them: enum values by name, {@code asOf} a
 * {@link PartialDate}, {@code kinds} absent on {@code relationships}. The fields read
 * them from their argument map instead of having each bound as a method argument: a
 * three-level query resolves 61 {@code neighbors} fields, and binding their six arguments
 * one by one was a tenth of its request thread's work. The read-ahead of nested pages
 * reads the selected fields' arguments the same way.
 *
 * @param typeNames relationship types to follow, null for all
 * @param direction the direction asked for, null for the schema's default
 * @param kinds API names of the kinds of neighbour to keep, null for all
 * @param asOf the date links must hold on, null for any
 * @param first the page size asked for, null for the default
 * @param after the cursor the page continues, null for a first page
 */
record LinkArguments(List<String> typeNames, Direction direction, List<String> kinds, PartialDate asOf, Integer first,
		String after) {

	static LinkArguments of(Map<String, Object> arguments) {
		Object direction = arguments.get("direction");
		return new LinkArguments(names(arguments.get("types")),
				(direction != null) ? Direction.valueOf(name(direction)) : null, names(arguments.get("kinds")),
				(PartialDate) arguments.get("asOf"), (Integer) arguments.get("first"), (String) arguments.get("after"));
	}

	private static List<String> names(Object values) {
		return (values instanceof List<?> list) ? list.stream().map(LinkArguments::name).toList() : null;
	}

	private static String name(Object value) {
		return (value instanceof Enum<?> named) ? named.name() : value.toString();
	}

}
