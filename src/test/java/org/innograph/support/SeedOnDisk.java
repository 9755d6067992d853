package org.innograph.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.seed.Seed;
import org.innograph.seed.SeedFiles;
import org.innograph.seed.SeedReader;

/**
 * The seed as the files in {@code graph-seed/} hold it, read once per test JVM: where
 * tests work out the numbers they expect, apart from the reads under test.
 */
public final class SeedOnDisk {

	private static final Seed SEED = new SeedReader().read(SeedFiles.fromDirectory(Path.of("graph-seed")));

	private static final Map<String, Seed.Entity> ENTITIES = SEED.entities()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Seed.Entity::id, Function.identity()));

	private SeedOnDisk() {
	}

	public static Seed seed() {
		return SEED;
	}

	/** Every entity of the seed by its id. */
	public static Map<String, Seed.Entity> entitiesById() {
		return ENTITIES;
	}

}
