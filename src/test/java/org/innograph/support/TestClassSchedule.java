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
 * the other from the tail.
 * <ul>
 * <li>At the head, the classes that write to the shared database or count its statements
 * (they hold {@link TestDatabase#LOCK} alone, one after the other); at the tail, the long
 * classes with a database or process of their own, longest last so that they are taken
 * first: they need no lock and run beside the writers.</li>
 * <li>After the writers, the {@code @Isolated} classes, which run with nothing else, and
 * then the longest readers, longest first: once the writers are done, they run beside the
 * rest instead of ending the run alone.</li>
 * <li>Before the own-database classes, the short readers: the tail's worker takes them
 * while writers still run, and a writer waits for a short reader only briefly.</li>
 * </ul>
 * A writer queued behind a long reader blocks its worker until the reader ends: other
 * orders left one worker idle for 100 s or more of a 5-minute run. Lengths are from quiet
 * runs on the 2-core machine (2026-12-01).
 */
public class TestClassSchedule implements ClassOrderer {

	/** Classes with a database or process of their own, longest first. */
	private static final List<String> OWN_DATABASES = List.of("KillDuringWritesIT", "SchemaMigrationsIT",
			"EditingCommandLineIT", "EmbeddedModeIT", "DatabaseOutageIT", "EmbeddedCredentialsIT");

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

	/**
	 * Within the readers, the listed long ones first, longest first; within the
	 * own-database classes, the longest last.
	 */
	private static int rank(ClassDescriptor descriptor) {
		String name = descriptor.getTestClass().getSimpleName();
		if (group(descriptor) == 3) {
			return -OWN_DATABASES.indexOf(name);
		}
		int index = LONG_READERS.indexOf(name);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

}
