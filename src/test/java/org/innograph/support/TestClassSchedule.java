package org.innograph.support;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The order integration test classes start in, two at a time. JUnit's fork-join pool
 * hands them out from both ends of this order: one worker takes classes from the head,
 * the other from the tail. So the head holds the classes that write to the shared
 * database or count its statements (they hold {@link TestDatabase#LOCK} alone, one after
 * the other), and the tail the long classes with a database or process of their own (they
 * need no lock and run beside the writers), longest last so that they are taken first.
 * Between them: the {@code @Isolated} classes, which run with nothing else, and the
 * readers, which share the lock, longest nearest the tail so that the browser classes do
 * not end the run. A writer queued behind a long reader blocks its worker until the
 * reader ends: mixing them left one worker idle for about 100 s of a 5-minute run.
 * Lengths are from a quiet run on the 2-core machine (2026-12-01); a class missing from
 * the lists keeps the order found within its group, before the listed ones.
 */
public class TestClassSchedule implements ClassOrderer {

	/** Classes with a database or process of their own, longest first. */
	private static final List<String> OWN_DATABASES = List.of("KillDuringWritesIT", "SchemaMigrationsIT",
			"EditingCommandLineIT", "ExportCommandIT", "EmbeddedModeIT", "DatabaseOutageIT", "EmbeddedCredentialsIT");

	/** Readers that take longest, longest first. */
	private static final List<String> LONG_READERS = List.of("ExplorerBrowserIT", "ExplorerPagesBrowserIT",
			"ResearchViewsBrowserIT", "NetworkViewBrowserIT", "ClaimsBrowserIT", "EntityFiltersIT", "SeedRoundTripIT",
			"SearchQualityIT", "InjectionIT", "EntityListsIT", "AmountsBrowserIT", "GraphQlFuzzIT");

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparingInt(TestClassSchedule::group).thenComparingInt(TestClassSchedule::rank));
	}

	private static int group(ClassDescriptor descriptor) {
		if (descriptor.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch(
					(lock) -> TestDatabase.LOCK.equals(lock.value()) && lock.mode() == ResourceAccessMode.READ_WRITE)) {
			return 0;
		}
		if (descriptor.isAnnotated(Isolated.class)) {
			return 1;
		}
		return OWN_DATABASES.contains(descriptor.getTestClass().getSimpleName()) ? 3 : 2;
	}

	/** Within readers and own-database classes: unlisted first, the longest last. */
	private static int rank(ClassDescriptor descriptor) {
		List<String> longestFirst = (group(descriptor) == 3) ? OWN_DATABASES : LONG_READERS;
		int index = longestFirst.indexOf(descriptor.getTestClass().getSimpleName());
		return (index < 0) ? Integer.MIN_VALUE : -index;
	}

}
