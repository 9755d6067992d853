package org.innograph.seed;

import java.util.List;
import java.util.Optional;

import org.innograph.store.PreparationStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The startup step that loads the seed: read and validate the files (a broken seed stops
 * the service with the list of problems), then load them unless the same seed is already
 * in the database.
 */
public final class SeedStep implements PreparationStep {

	private static final Logger logger = LoggerFactory.getLogger(SeedStep.class);

	private final SeedProperties properties;

	private final SeedLoader loader;

	private final Seed seed;

	public SeedStep(SeedProperties properties, Neo4jClient client, TransactionTemplate transactions) {
		this.properties = properties;
		this.loader = new SeedLoader(client, transactions);
		this.seed = properties.enabled() ? readAndCheck(properties.location()) : null;
	}

	private static Seed readAndCheck(String location) {
		Seed seed = new SeedReader().read(SeedFiles.fromLocation(location));
		// Quotes are checked against the source documents by the tests; here the
		// structure must hold.
		List<SeedProblem> problems = new SeedChecks(Optional.empty()).check(seed);
		if (!problems.isEmpty()) {
			throw new InvalidSeedException(problems);
		}
		return seed;
	}

	@Override
	public void prepare() {
		run();
	}

	/**
	 * Loads the seed if loading is on; safe to run again (an unchanged seed is skipped).
	 */
	public Optional<SeedLoader.Result> run() {
		if (!this.properties.enabled()) {
			logger.info("Seed loading is switched off (innograph.seed.enabled=false)");
			return Optional.empty();
		}
		return Optional.of(this.loader.load(this.seed, false));
	}

	/** The seed as read at startup; empty when loading is off. */
	public Optional<Seed> seed() {
		return Optional.ofNullable(this.seed);
	}

}
