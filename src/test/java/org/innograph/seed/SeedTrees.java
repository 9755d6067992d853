package org.innograph.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Seed files as written, for checks that look at a file's records in its own order and
 * wording (what a curator wrote) rather than at the merged {@link Seed}: the named files'
 * YAML trees by file name.
 */
final class SeedTrees {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private SeedTrees() {
	}

	/**
	 * The trees of the named files among the given seed files; a missing name is simply
	 * absent.
	 */
	static Map<String, JsonNode> of(List<SeedFile> files, Set<String> names) {
		Map<String, JsonNode> trees = new HashMap<>();
		for (SeedFile file : files) {
			if (names.contains(file.name())) {
				trees.put(file.name(), YAML.readTree(file.content()));
			}
		}
		return trees;
	}

	/** The trees of every seed file, by file name. */
	static Map<String, JsonNode> of(List<SeedFile> files) {
		return of(files, files.stream().map(SeedFile::name).collect(java.util.stream.Collectors.toSet()));
	}

}
