package org.innograph.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.storage.StoredRecords;

/**
 * Where the configured seed keeps each record, its facts and its evidence, so that an
 * export writes every record back to its file and position; records the seed does not
 * have go to {@link #EDITS_FILE} (sources to {@link #SOURCES_FILE}).
 */
record SeedLayout(Map<String, Place> places, Map<String, Integer> factPositions, Map<String, Integer> evidencePositions,
		Map<String, String> headers) {

	/** Where records the configured seed does not have are written. */
	static final String EDITS_FILE = "edits.yaml";

	static final String SOURCES_FILE = "sources.yaml";

	/** The configured seed: its records and its files. */
	record Template(Seed seed, List<SeedFile> files) {
	}

	record Place(String file, int index) {
	}

	static SeedLayout of(Optional<Template> template) {
		Map<String, Place> places = new HashMap<>();
		Map<String, Integer> facts = new HashMap<>();
		Map<String, Integer> evidence = new HashMap<>();
		Map<String, String> headers = new HashMap<>();
		template.ifPresent((t) -> {
			Seed seed = t.seed();
			for (SeedFile file : t.files()) {
				// A file's leading comment lines say what it holds; they survive the
				// export.
				StringBuilder header = new StringBuilder();
				for (String line : file.content().lines().toList()) {
					if (!line.startsWith("#")) {
						break;
					}
					header.append(line).append('\n');
				}
				headers.put(file.name(), header.toString());
			}
			seed.sources().forEach((s) -> places.put("s|" + s.id(), new Place(s.origin().file(), s.origin().index())));
			for (Seed.Entity e : seed.entities()) {
				places.put("e|" + e.id(), new Place(e.origin().file(), e.origin().index()));
				positions(e.id(), e.evidence(), evidence);
				Map<String, Integer> keyCounts = new HashMap<>();
				for (int i = 0; i < e.facts().size(); i++) {
					Seed.Fact fact = e.facts().get(i);
					int n = keyCounts.merge(fact.key(), 1, Integer::sum);
					String factId = StoredRecords.factId(e.id(), fact.key(), n);
					facts.put(factId, i);
					positions(factId, fact.evidence(), evidence);
				}
			}
			for (Seed.Relationship r : seed.relationships()) {
				places.put("r|" + r.effectiveId(), new Place(r.origin().file(), r.origin().index()));
				positions(r.effectiveId(), r.evidence(), evidence);
			}
		});
		return new SeedLayout(places, facts, evidence, headers);
	}

	private static void positions(String subject, List<Seed.Evidence> items, Map<String, Integer> target) {
		for (int i = 0; i < items.size(); i++) {
			Seed.Evidence item = items.get(i);
			target.put(StoredRecords.evidenceId(subject, item.source(), item.locator(), item.quote()), i);
		}
	}

	Place source(String id) {
		return this.places.getOrDefault("s|" + id, new Place(SOURCES_FILE, Integer.MAX_VALUE));
	}

	Place entity(String id) {
		return this.places.getOrDefault("e|" + id, new Place(EDITS_FILE, Integer.MAX_VALUE));
	}

	Place relationship(String id) {
		return this.places.getOrDefault("r|" + id, new Place(EDITS_FILE, Integer.MAX_VALUE));
	}

	int factPosition(String id) {
		return this.factPositions.getOrDefault(id, Integer.MAX_VALUE);
	}

	int evidencePosition(String id) {
		return this.evidencePositions.getOrDefault(id, Integer.MAX_VALUE);
	}

	Set<String> files() {
		Set<String> files = new TreeSet<>();
		this.places.values().forEach((place) -> files.add(place.file()));
		return files;
	}

	String header(String file) {
		return this.headers.getOrDefault(file, "");
	}

}
