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
 * The order integration test classes start in, two at a time (both workers take the next
 * class from the head of this order), so that neither waits while the other holds the
 * shared database:
 * <ol>
 * <li>the long classes with a database or process of their own, which need no lock, one
 * after the other on one worker, beside</li>
 * <li>the classes that write to the shared database or count its statements, which hold
 * {@link TestDatabase#LOCK} alone, one after the other on the other worker;</li>
 * <li>the {@code @Isolated} classes, which run with nothing else;</li>
 * <li>the readers, longest first (the browser classes), which share the lock and so keep
 * both workers busy until the end.</li>
 * </ol>
 * A writer queued behind a long reader blocks its worker until the reader ends: mixing
 * them left one worker idle for about 100 s of a 5-minute run. Lengths are from a quiet
 * run on the 2-core machine (2026-12-01); a class missing from the lists only keeps its
 * place within its group.
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
		if (OWN_DATABASES.contains(descriptor.getTestClass().getSimpleName())) {
			return 0;
		}
		if (descriptor.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch(
					(lock) -> TestDatabase.LOCK.equals(lock.value()) && lock.mode() == ResourceAccessMode.READ_WRITE)) {
			return 1;
		}
		return descriptor.isAnnotated(Isolated.class) ? 2 : 3;
	}

	private static int rank(ClassDescriptor descriptor) {
		String name = descriptor.getTestClass().getSimpleName();
		List<String> order = (group(descriptor) == 0) ? OWN_DATABASES : LONG_READERS;
		int index = order.indexOf(name);
		return (index < 0) ? order.size() : index;
	}

}
