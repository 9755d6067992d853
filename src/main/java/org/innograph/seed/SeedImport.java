package org.innograph.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seed files from a folder into the configured database, exactly as the start-up
 * seed step does (validated, one transaction, records the folder no longer has are
 * removed), whatever hash is recorded.
 */
@Component
public class SeedImport {

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	public SeedImport(Neo4jClient client, TransactionTemplate transactions) {
		this.client = client;
		this.transactions = transactions;
	}

	/**
	 * Imports {@code directory}. Records editors changed are kept unless
	 * {@code replaceEdits}: use it when the folder is a reviewed export that already
	 * holds those edits.
	 */
	public SeedLoader.Result importFrom(Path directory, boolean replaceEdits) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException(directory + " is not a folder of seed files");
		}
		Seed seed = new SeedReader().read(SeedFiles.fromDirectory(directory));
		List<SeedProblem> problems = new SeedChecks(Optional.empty()).check(seed);
		if (!problems.isEmpty()) {
			throw new InvalidSeedException(problems);
		}
		return new SeedLoader(this.client, this.transactions, replaceEdits).load(seed, true);
	}

}
