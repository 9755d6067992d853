package org.innograph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The records an export puts into one seed file, each at the position the configured seed
 * gives it, and their rendering as canonical YAML (block style, minimal quoting,
 * numbers-like strings quoted), so that exports of an unchanged graph are identical.
 */
final class SeedFileRecords {

	private static final YAMLMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.build();

	/** A record and where it goes. */
	record Placed(SeedLayout.Place place, String id, Map<String, Object> content) {
	}

	final List<Placed> sources = new ArrayList<>();

	final List<Placed> entities = new ArrayList<>();

	final List<Placed> relationships = new ArrayList<>();

	/**
	 * The file's text: its leading comment lines, then its sources, entities and
	 * relationships.
	 */
	String render(String header) {
		Map<String, Object> content = new LinkedHashMap<>();
		put(content, "sources", this.sources);
		put(content, "entities", this.entities);
		put(content, "relationships", this.relationships);
		return header + yaml.writeValueAsString(content);
	}

	private static void put(Map<String, Object> content, String list, List<Placed> records) {
		if (!records.isEmpty()) {
			content.put(list,
					records.stream()
						.sorted(Comparator.comparingInt((Placed p) -> p.place().index()).thenComparing(Placed::id))
						.map(Placed::content)
						.toList());
		}
	}

}
