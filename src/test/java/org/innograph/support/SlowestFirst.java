package org.innograph.support;

import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order integration test classes start in: the slowest first, so that the two classes
 * running at a time end together instead of one long class running alone at the end. The
 * seconds are one quiet run's on the 2-core machine (2026-12-01); a class not listed
 * starts after these, in the order found. A wrong figure costs time, never a result.
 */
public class SlowestFirst implements ClassOrderer {

	private static final Map<String, Integer> SECONDS = Map.ofEntries(Map.entry("ExplorerBrowserIT", 44),
			Map.entry("SchemaMigrationsIT", 39), Map.entry("ExplorerPagesBrowserIT", 36),
			Map.entry("KillDuringWritesIT", 29), Map.entry("EmbeddedModeIT", 26),
			Map.entry("ResearchViewsBrowserIT", 23), Map.entry("EditingCommandLineIT", 22),
			Map.entry("ExportCommandIT", 20), Map.entry("DatabaseOutageIT", 17), Map.entry("EntityFiltersIT", 16),
			Map.entry("SeedRoundTripIT", 16), Map.entry("NetworkViewBrowserIT", 14), Map.entry("PlanCacheIT", 12),
			Map.entry("ClaimsBrowserIT", 12), Map.entry("GraphQlFuzzIT", 10), Map.entry("EmbeddedCredentialsIT", 8));

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator
				.comparingInt((descriptor) -> -SECONDS.getOrDefault(descriptor.getTestClass().getSimpleName(), 0)));
	}

}
