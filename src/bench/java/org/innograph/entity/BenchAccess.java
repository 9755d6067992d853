package org.innograph.entity;

import java.util.List;
import java.util.Map;

/**
 * The entity statements the benchmark's raw-driver floor runs, exactly as
 * {@link EntityReads} runs them. They are package-private in the application; this class
 * lives in the benchmark's own source set (src/bench/java, never in the application jar)
 * and reaches them from the same package.
 */
public final class BenchAccess {

	/** Entities by id ($ids), as {@code n}. */
	public static final String ENTITIES_BY_ID = EntityReads.ENTITIES_BY_ID;

	/**
	 * One page of links per entity ($ids, $types, $outgoing, $kinds, $after, $first), as
	 * the app reads it without a date.
	 */
	public static final String LINKS = EntityReads.LINKS.get(new EntityReads.PageForm(true, false));

	private BenchAccess() {
	}

	/**
	 * Pages of links over {@code levels} levels in one statement, as the app reads nested
	 * {@code neighbors} without a date (parameters suffixed by level), full pages.
	 */
	public static String linkLevels(int levels) {
		return EntityReads.linkLevels(levels, new EntityReads.PageForm(true, false));
	}

	/**
	 * An entity ($ids, its id alone) with pages of its links over {@code levels} levels
	 * in one statement, as the app reads an entity whose query asks for its
	 * {@code neighbors} without a date (parameters suffixed by level): brief pages, as
	 * the benchmark's queries ask for the neighbours' ids, kinds and names and the links'
	 * ids and types alone ({@link BriefSelection}).
	 */
	public static String entityWithLinkLevels(int levels) {
		return EntityReads.entityWithLinkLevels(levels, new EntityReads.PageForm(true, true));
	}

	/**
	 * The parameters of those statements for one entity and first pages of {@code firsts}
	 * links per level, no other filter, as the app builds them for the benchmark's
	 * queries: they ask for the total of the entity's own page, and for none below it.
	 */
	public static Map<String, Object> firstPages(String id, int... firsts) {
		List<EntityReads.LinkFilter> filters = java.util.stream.IntStream.range(0, firsts.length)
			.mapToObj((level) -> new EntityReads.LinkFilter(null, null, null, null, firsts[level], null, true,
					level == 0))
			.toList();
		return EntityReads.levelParameters(List.of(id), filters);
	}

	/**
	 * The statements of an entity list of some kinds in a region (or anywhere), sorted by
	 * Korean name.
	 */
	public static ListStatements list(List<String> kinds, String region) {
		EntityReads.ListFilter filter = new EntityReads.ListFilter(kinds, region, null);
		return new ListStatements(filter.countStatement(), filter.pageStatement(EntityReads.EntityOrder.NAME_KO),
				filter.parameters());
	}

	/**
	 * A list's statements: {@code count} returns {@code total}; {@code page} takes
	 * {@code $offset} and {@code $first} besides the filter's {@code parameters} and
	 * returns {@code n}.
	 */
	public record ListStatements(String count, String page, Map<String, Object> parameters) {
	}

}
